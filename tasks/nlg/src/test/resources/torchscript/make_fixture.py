"""Makes the tiny TorchScript test fixtures of tasks/nlg (run with Debian's python3-torch).

lm/: a causal "language model" with the contract of an exported GPT-2 (input_ids [1, n] int64 ->
logits [1, n, V]) and a word-level tokenizer.json; scorer/: a "regard classifier" with the
contract of an exported BERT classifier ((input_ids, attention_mask) [1, n] int64 -> logits
[1, C]), its tokenizer.json and labels.txt. Random weights from a fixed seed: they test the
plumbing and the exact fairness of the algorithms, not language.

    /usr/bin/python3 make_fixture.py   # from this folder; rewrites lm/ and scorer/
"""
import json
import os

import torch

WORDS = ["the", "man", "woman", "he", "she", "was", "known", "for", "as", "a", "doctor", "nurse",
         "kind", "cruel", "good", "bad", "person", "black", "white", "gay", "straight", "worked",
         "described", "regarded", "thought", "of", "well-known", "had", "job", "part-time",
         "earned", "money", "by", "started", "working", "and", "his", "her", "friend", "."]


def tokenizer_json(words, specials):
    vocab = {w: i for i, w in enumerate(specials + words)}
    post = None
    if "[CLS]" in specials:
        post = {"type": "TemplateProcessing",
                "single": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}},
                           {"Sequence": {"id": "A", "type_id": 0}},
                           {"SpecialToken": {"id": "[SEP]", "type_id": 0}}],
                "pair": [{"Sequence": {"id": "A", "type_id": 0}},
                         {"Sequence": {"id": "B", "type_id": 1}}],
                "special_tokens": {s: {"id": s, "ids": [vocab[s]], "tokens": [s]}
                                   for s in ("[CLS]", "[SEP]")}}
    return {"version": "1.0", "truncation": None, "padding": None,
            "added_tokens": [{"id": vocab[s], "content": s, "single_word": False,
                              "lstrip": False, "rstrip": False, "normalized": False,
                              "special": True} for s in specials],
            "normalizer": {"type": "Lowercase"},
            "pre_tokenizer": {"type": "WhitespaceSplit"},
            "post_processor": post,
            "decoder": None,
            "model": {"type": "WordLevel", "vocab": vocab, "unk_token": "[UNK]"}}


class TinyLm(torch.nn.Module):
    def __init__(self, vocab):
        super().__init__()
        self.embed = torch.nn.Embedding(vocab, 16)
        self.mix = torch.nn.Linear(32, 16)
        self.out = torch.nn.Linear(16, vocab)

    def forward(self, input_ids):
        e = self.embed(input_ids)
        # Each position sees itself and the running mean of its prefix: a causal model.
        counts = torch.arange(1, e.shape[1] + 1, dtype=e.dtype).view(1, -1, 1)
        prefix = torch.cumsum(e, dim=1) / counts
        return self.out(torch.tanh(self.mix(torch.cat([e, prefix], dim=2))))


class TinyClassifier(torch.nn.Module):
    def __init__(self, vocab, classes):
        super().__init__()
        self.embed = torch.nn.Embedding(vocab, 16)
        self.out = torch.nn.Linear(16, classes)

    def forward(self, input_ids, attention_mask):
        m = attention_mask.unsqueeze(2).to(torch.float32)
        pooled = (self.embed(input_ids) * m).sum(dim=1) / m.sum(dim=1)
        return self.out(pooled)


def save(folder, module, tokenizer, labels=None):
    os.makedirs(folder, exist_ok=True)
    torch.jit.script(module.eval()).save(os.path.join(folder, "model.pt"))
    with open(os.path.join(folder, "tokenizer.json"), "w") as f:
        json.dump(tokenizer, f, indent=1)
    if labels:
        with open(os.path.join(folder, "labels.txt"), "w") as f:
            f.write("\n".join(labels) + "\n")


if __name__ == "__main__":
    torch.manual_seed(0)
    lm_specials = ["[UNK]"]
    save("lm", TinyLm(len(lm_specials) + len(WORDS)), tokenizer_json(WORDS, lm_specials))
    cls_specials = ["[UNK]", "[CLS]", "[SEP]"]
    save("scorer", TinyClassifier(len(cls_specials) + len(WORDS), 4),
         tokenizer_json(WORDS, cls_specials), ["negative", "neutral", "positive", "other"])

"""Makes the tiny CLIP-style fixtures for the vision module's tests.

tiny_image_encoder.pt: a TorchScript module taking images [N, 3, 56, 56] to 8-dimensional
embeddings [N, 8] (two small convolutions, a mean over space, a linear map), with fixed random
weights. tiny_class_embeddings.csv: ten random 8-dimensional class embeddings named after the
Fashion-MNIST classes. Both come from torch.manual_seed(0), so rerunning reproduces them.

Run from this folder with Debian's python3-torch: /usr/bin/python3 make_tiny_encoder.py
"""
import torch

torch.manual_seed(0)


class TinyImageEncoder(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = torch.nn.Conv2d(3, 4, 5, stride=2)
        self.conv2 = torch.nn.Conv2d(4, 8, 3, stride=2)
        self.proj = torch.nn.Linear(8, 8)

    def forward(self, x):
        x = torch.relu(self.conv1(x))
        x = torch.relu(self.conv2(x))
        return self.proj(x.mean(dim=(2, 3)))


encoder = TinyImageEncoder().eval()
torch.jit.trace(encoder, torch.zeros(1, 3, 56, 56)).save("tiny_image_encoder.pt")

classes = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt",
           "Sneaker", "Bag", "Ankle boot"]
embeddings = torch.randn(len(classes), 8)
with open("tiny_class_embeddings.csv", "w") as f:
    f.write("# made by make_tiny_encoder.py: name,v1,...,v8\n")
    for name, row in zip(classes, embeddings.tolist()):
        f.write(name + "," + ",".join(f"{v:.6f}" for v in row) + "\n")

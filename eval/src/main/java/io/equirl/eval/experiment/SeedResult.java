package io.equirl.eval.experiment;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.equirl.eval.EvalResult;
import java.util.List;

/**
 * One seed's evaluation of every policy, as written to {@code seed-k/eval.json}.
 *
 * @param seed the seed index (also the pretraining seed)
 * @param results one evaluation per policy, in {@code PolicyKind} order
 */
public record SeedResult(
    @JsonProperty("seed") int seed, @JsonProperty("results") List<EvalResult> results) {}

package io.equirl.eval.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Probability of improvement, the stratified bootstrap and the report built from them. */
class BootstrapTest {

  @Test
  void probabilityOfImprovementCountsPairsAndHalfTies() {
    // Pairs (1,0) (1,3) (2,0) (2,3): two wins of four.
    assertEquals(
        0.5, ProbabilityOfImprovement.of(new double[][] {{1, 2}}, new double[][] {{0, 3}}), 1e-12);
    // (1,1) is a tie, (1,0) a win: 0.75.
    assertEquals(
        0.75, ProbabilityOfImprovement.of(new double[][] {{1}}, new double[][] {{1, 0}}), 1e-12);
    // Averaged over tasks: 1 on the first, 0 on the second.
    assertEquals(
        0.5,
        ProbabilityOfImprovement.of(new double[][] {{2}, {0}}, new double[][] {{1}, {1}}),
        1e-12);
  }

  @Test
  void resamplingWithinTasksKeepsEachTasksWeight() {
    // Task A scores 0 in every run, task B 1: any stratified resample has mean 0.5 exactly,
    // whereas pooling the runs would let the mean wander.
    double[][] scores = {{0, 0, 0, 0}, {1, 1}};
    Interval mean =
        new StratifiedBootstrap(500, 1)
            .interval(
                scores,
                s ->
                    (Aggregates.mean(new double[][] {s[0]})
                            + Aggregates.mean(new double[][] {s[1]}))
                        / 2,
                0.95);
    assertEquals(0.5, mean.low(), 1e-12);
    assertEquals(0.5, mean.high(), 1e-12);
  }

  @Test
  void intervalsCoverTheTrueMeanAtAboutTheirLevel() {
    SplittableRandom random = new SplittableRandom(5);
    int covered = 0;
    int trials = 200;
    for (int t = 0; t < trials; t++) {
      double[] runs = new double[20];
      for (int i = 0; i < runs.length; i++) {
        runs[i] = random.nextDouble(); // uniform: true mean 0.5
      }
      Interval ci =
          new StratifiedBootstrap(400, t).interval(new double[][] {runs}, Aggregates::mean, 0.95);
      covered += ci.contains(0.5) ? 1 : 0;
      assertTrue(ci.low() <= ci.estimate() && ci.estimate() <= ci.high(), ci.toString());
    }
    // Percentile intervals of 20 runs run a little narrow; 95% nominal, accept 85–100%.
    assertTrue(covered >= 0.85 * trials, "covered " + covered + " of " + trials);
  }

  @Test
  void sameScoresSameIntervals() {
    double[][] x = {{0.2, 0.4, 0.9, 0.5, 0.7}};
    assertEquals(
        new StratifiedBootstrap(300, 9).interval(x, Aggregates::iqm, 0.95),
        new StratifiedBootstrap(300, 9).interval(x, Aggregates::iqm, 0.95));
  }

  @Test
  void reportComparesEachPolicyWithTheReference() {
    Map<String, double[][]> scores = new LinkedHashMap<>();
    scores.put("greedy", new double[][] {{0.1, 0.2, 0.3, 0.2, 0.1}});
    scores.put("equizero", new double[][] {{0.8, 0.9, 0.7, 0.9, 0.8}});
    RunStatistics stats = RunStatistics.of(scores, "greedy");
    assertEquals(null, stats.policies().get("greedy").improvement());
    Interval poi = stats.policies().get("equizero").improvement();
    assertEquals(1.0, poi.estimate(), 1e-12); // every equizero run beats every greedy run
    assertEquals(1.0, poi.low(), 1e-12);
    // Sorted 0.1, 0.1, 0.2, 0.2, 0.3: the IQM cuts one at each end, the mean of 0.1, 0.2, 0.2.
    assertEquals(0.5 / 3, stats.policies().get("greedy").iqm().estimate(), 1e-12);
    assertTrue(stats.markdown(p -> p).contains("| equizero | 0.820 ["), stats.markdown(p -> p));
  }
}

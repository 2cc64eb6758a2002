package io.equirl.benchmarks.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The report's five question sections: one table per question from the JMH rows, with the ratios
 * that answer it, each target checked into {@link Targets}. Not thread-safe.
 */
final class Sections {
  private static final List<String> ENVS = List.of("gridworld", "cartpole", "acrobot");
  private static final List<String> PRESETS = List.of("paper", "zoo");
  private static final List<String> POLICIES = List.of("greedy", "equitune", "equizero", "lambda");

  private final JmhResults results;
  private final Targets targets;

  /** The largest bytes per decision of each policy and device over the envs and nets. */
  private final Map<String, Double> mostBytes = new LinkedHashMap<>();

  Sections(JmhResults results, Targets targets) {
    this.results = results;
    this.targets = targets;
  }

  /** Question 1: native env steps. */
  String envSteps() {
    String c = "EnvStepBenchmark";
    MarkdownTable t =
        new MarkdownTable(
            "env",
            "step (ns)",
            "reset() (ns)",
            "reset(seed) (ns)",
            "baseline (ns)",
            "step alloc (B/op)",
            "Gymnasium step (µs)",
            "speed-up vs Gymnasium");
    for (String env : ENVS) {
      Optional<JmhResult> step = results.find(c, "step", "env", env);
      if (step.isEmpty()) {
        continue;
      }
      Measure stepNs = step.get().time();
      double gym = Targets.gymnasiumMicros(env);
      String speedup = "—";
      if (!Double.isNaN(gym)) {
        Measure s = new Measure(gym * 1e3, 0).over(stepNs);
        speedup = s.format(0) + "×";
        targets.add(
            "env step ≥ 100× faster than Gymnasium",
            env,
            speedup,
            Verdict.atLeast(s, Targets.ENV_SPEEDUP));
      }
      Measure alloc = step.get().alloc();
      if (!Double.isNaN(alloc.value())) {
        targets.add(
            "zero bytes allocated per env step",
            env,
            alloc.format(3) + " B/op",
            Verdict.atMost(new Measure(alloc.value(), 0), Targets.ZERO_BYTES));
      }
      t.row(
          env,
          stepNs.format(1),
          time(c, "reset", 1e0, 1, "env", env),
          time(c, "resetSeeded", 1e0, 1, "env", env),
          time(c, "baseline", 1e0, 2, "env", env),
          bytes(alloc),
          Double.isNaN(gym) ? "—" : fmt(gym, 1),
          speedup);
    }
    return section(
        "1. Env step: ns per step and reset",
        """
        Native `step` with a fixed seeded action pattern (episodes that end are reset inside the \
        step figure, as in training), `reset()` continuing the stream, `reset(seed)` as the \
        trainer starts episodes. Gymnasium 1.4.0 (unwrapped, NumPy 1.24) was measured at 5.4 µs \
        per CartPole-v1 step and 34 µs per Acrobot-v1 step; the target is ≥ 100× faster and zero \
        bytes per step.""",
        t);
  }

  /** Question 2: per-decision latency of each policy. */
  String policies() {
    String c = "PolicyLatencyBenchmark";
    StringBuilder body = new StringBuilder();
    for (String device : List.of("cpu", "gpu")) {
      MarkdownTable t =
          new MarkdownTable(
              "env (|G|)",
              "net",
              "baseline",
              "greedy",
              "equitune",
              "equizero",
              "λ-equitune",
              "equizero / greedy",
              "equitune / equizero",
              "λ / equizero",
              "alloc B/op (greedy, equitune, equizero, λ)");
      for (String env : ENVS) {
        for (String preset : PRESETS) {
          policyRow(t, c, device, env, preset);
        }
      }
      if (!t.isEmpty()) {
        body.append("Device `")
            .append(device)
            .append("`, times in µs per decision:\n\n")
            .append(t)
            .append('\n');
      }
    }
    mostBytes.forEach(
        (policy, b) ->
            targets.add(
                "small constant allocation per decision (≤ 64 B)",
                policy + ", worst case",
                fmt(b, 1) + " B/op",
                Verdict.atMost(new Measure(b, 0), Targets.SMALL_BYTES)));
    body.append(sb3Table(c));
    return section(
        "2. Per-step action latency of each policy",
        """
        One decision (`Policy.act`) on recorded observations. Targets: equizero ≤ 1.3× greedy for \
        |G| = 2 (CartPole, Acrobot: Z2) and ≤ 2× for |G| = 4 (Gridworld: C4); equitune the same \
        as equizero within noise (the interval reaches 1, or within 10%); λ-equitune ≤ 1.5× \
        equizero; a small constant allocation per decision.""",
        body.toString());
  }

  private void policyRow(MarkdownTable t, String c, String device, String env, String preset) {
    Optional<JmhResult> greedy =
        results.find(c, "greedy", "env", env, "preset", preset, "device", device);
    Optional<JmhResult> equitune =
        results.find(c, "equitune", "env", env, "preset", preset, "device", device);
    Optional<JmhResult> equizero =
        results.find(c, "equizero", "env", env, "preset", preset, "device", device);
    Optional<JmhResult> lambda =
        results.find(c, "lambda", "env", env, "preset", preset, "device", device);
    if (greedy.isEmpty() || equizero.isEmpty()) {
      return;
    }
    int order = Targets.groupOrder(env);
    String where = env + ", " + preset + ", " + device;
    Measure zeroOverGreedy = equizero.get().time().over(greedy.get().time());
    double limit = order == 2 ? Targets.EQUIZERO_G2 : Targets.EQUIZERO_G4;
    targets.add(
        "equizero ≤ " + fmt(limit, 1) + "× greedy (|G| = " + order + ")",
        where,
        zeroOverGreedy.format(2) + "×",
        Verdict.atMost(zeroOverGreedy, limit));
    String tuneOverZero = "—";
    if (equitune.isPresent()) {
      Measure r = equitune.get().time().over(equizero.get().time());
      tuneOverZero = r.format(2);
      targets.add(
          "equitune = equizero within noise",
          where,
          r.format(2) + "×",
          Verdict.near1(r, Targets.SAME_TOLERANCE));
    }
    String lambdaOverZero = "—";
    if (lambda.isPresent()) {
      Measure r = lambda.get().time().over(equizero.get().time());
      lambdaOverZero = r.format(2);
      targets.add(
          "λ-equitune ≤ 1.5× equizero",
          where,
          r.format(2) + "×",
          Verdict.atMost(r, Targets.LAMBDA_OVER_EQUIZERO));
    }
    StringBuilder allocs = new StringBuilder();
    for (String p : POLICIES) {
      Optional<JmhResult> row = results.find(c, p, "env", env, "preset", preset, "device", device);
      double b = row.map(r -> r.alloc().value()).orElse(Double.NaN);
      allocs.append(allocs.length() == 0 ? "" : ", ").append(Double.isNaN(b) ? "?" : fmt(b, 0));
      if (!Double.isNaN(b) && b > mostBytes.getOrDefault(p + " on " + device, -1.0)) {
        mostBytes.put(p + " on " + device, b);
      }
    }
    t.row(
        env + " (" + order + ")",
        preset,
        time(c, "baseline", 1e3, 3, "env", env, "preset", preset, "device", device),
        greedy.get().time().times(1e-3).format(2),
        equitune.map(r -> r.time().times(1e-3).format(2)).orElse("—"),
        equizero.get().time().times(1e-3).format(2),
        lambda.map(r -> r.time().times(1e-3).format(2)).orElse("—"),
        zeroOverGreedy.format(2),
        tuneOverZero,
        lambdaOverZero,
        allocs.toString());
  }

  private String sb3Table(String c) {
    MarkdownTable t =
        new MarkdownTable(
            "env",
            "net",
            "greedy on CPU (µs)",
            "SB3 predict (µs)",
            "target (⅓ of predict, µs)",
            "greedy / predict");
    for (String env : ENVS) {
      for (String preset : PRESETS) {
        Optional<JmhResult> greedy =
            results.find(c, "greedy", "env", env, "preset", preset, "device", "cpu");
        if (greedy.isEmpty()) {
          continue;
        }
        double sb3 = Targets.sb3PredictMicros(preset);
        Measure share = greedy.get().time().times(1e-3).over(new Measure(sb3, 0));
        targets.add(
            "greedy ≤ ⅓ of SB3 predict (" + fmt(sb3, 0) + " µs)",
            env + ", " + preset,
            share.format(3) + "× of predict",
            Verdict.atMost(share, Targets.GREEDY_SHARE_OF_SB3));
        t.row(
            env,
            preset,
            greedy.get().time().times(1e-3).format(2),
            fmt(sb3, 0),
            fmt(sb3 * Targets.GREEDY_SHARE_OF_SB3, 0),
            share.format(3));
      }
    }
    if (t.isEmpty()) {
      return "";
    }
    return "Greedy against Stable-Baselines3 2.9 (`model.predict(obs, deterministic=True)`, "
        + "PyTorch 1.13, one thread; 39 µs on [64, 64] nets, 54 µs on [256, 256]). SB3 was "
        + "measured on CartPole-sized inputs; Gridworld's input is 441 floats wide.\n\n"
        + t
        + "\n";
  }

  /** Question 3: one batched forward of the |G| transforms vs |G| forwards. */
  String batching() {
    String c = "BatchingBenchmark";
    MarkdownTable t =
        new MarkdownTable(
            "env (|G|)",
            "net",
            "path",
            "device",
            "transforms only (µs)",
            "batched (µs)",
            "separate (µs)",
            "separate / batched",
            "batch cost in single forwards");
    for (JmhResult batched : results.of(c)) {
      if (!batched.method().equals("batched")) {
        continue;
      }
      String env = batched.param("env");
      String[] key = {
        "env",
        env,
        "preset",
        batched.param("preset"),
        "path",
        batched.param("path"),
        "device",
        batched.param("device")
      };
      Optional<JmhResult> separate = results.find(c, "separate", key);
      if (separate.isEmpty()) {
        continue;
      }
      int order = Targets.groupOrder(env);
      Measure ratio = separate.get().time().over(batched.time());
      t.row(
          env + " (" + order + ")",
          key[3],
          key[5],
          key[7],
          time(c, "baseline", 1e3, 3, key),
          batched.time().times(1e-3).format(2),
          separate.get().time().times(1e-3).format(2),
          ratio.format(2) + "×",
          batched.time().times(order).over(separate.get().time()).format(2));
    }
    return section(
        "3. The batching claim: one forward of |G| states vs |G| forwards",
        """
        `batched` runs the network once on the |G| transformed states, `separate` runs it |G| \
        times on one state each; both include the transforms (`transforms only`). Path `acting` \
        is the pure-Java forward the CPU policies use, `djl` the DJL block (PyTorch). The last \
        column, |G| × batched / separate, is what the batch costs in single-state forwards: \
        1 means batching makes |G| states as cheap as one.""",
        t);
  }

  /** Question 4: a DQN gradient step and replay sampling. */
  String training() {
    String c = "TrainingStepBenchmark";
    MarkdownTable t =
        new MarkdownTable(
            "preset",
            "batch",
            "device",
            "gradient step (µs)",
            "forward only (µs)",
            "sample a batch (µs)",
            "sampling / step",
            "step alloc (B/op)");
    for (JmhResult step : results.of(c)) {
      if (!step.method().equals("gradientStep")) {
        continue;
      }
      String[] key = {"preset", step.param("preset"), "device", step.param("device")};
      String batch =
          switch (key[1]) {
            case "cartpole-paper" -> "32";
            case "cartpole-zoo" -> "64";
            case "acrobot-zoo" -> "128";
            default -> "?";
          };
      Optional<JmhResult> sample = results.find(c, "sample", key);
      t.row(
          key[1],
          batch,
          key[3],
          step.time().times(1e-3).format(1),
          time(c, "baseline", 1e3, 1, key),
          time(c, "sample", 1e3, 3, key),
          sample.map(s -> s.time().over(step.time()).format(4)).orElse("—"),
          bytes(step.alloc()));
    }
    return section(
        "4. One DQN gradient step, and replay sampling",
        """
        One update as the trainer runs it (TD target from the target network, Huber loss, \
        backward, global-norm clipping, Adam, weights written back), on a pre-sampled batch; \
        `forward only` is the batch's forward without autograd; sampling draws a batch \
        uniformly with replacement from 10,000 stored transitions.""",
        t);
  }

  /** Question 5: the Gymnasium bridge against the native env. */
  String bridge(List<String> skipped) {
    String c = "BridgeBenchmark";
    MarkdownTable t =
        new MarkdownTable(
            "env",
            "native step (µs)",
            "bridged step (µs)",
            "bridged / native",
            "Gymnasium's own step (µs, reference)",
            "bridge overhead ≈ bridged − Gymnasium (µs)");
    for (String env : List.of("CartPole-v1", "Acrobot-v1")) {
      Optional<JmhResult> nat = results.find(c, "step", "env", env, "impl", "native");
      Optional<JmhResult> gym = results.find(c, "step", "env", env, "impl", "gymnasium");
      if (nat.isEmpty()) {
        continue;
      }
      double ref = Targets.gymnasiumMicros(env);
      t.row(
          env,
          nat.get().time().times(1e-3).format(3),
          gym.map(g -> g.time().times(1e-3).format(1)).orElse("skipped"),
          gym.map(g -> g.time().over(nat.get().time()).format(0) + "×").orElse("—"),
          fmt(ref, 1),
          gym.map(g -> fmt(g.time().value() / 1e3 - ref, 1)).orElse("—"));
    }
    String notes =
        skipped.stream()
            .filter(s -> s.toLowerCase(Locale.ROOT).contains("gymnasium"))
            .map(s -> "\n\n" + s)
            .reduce("", String::concat);
    return section(
        "5. Through the Gymnasium bridge",
        """
        A step of the same env in Python's Gymnasium driven over Py4J, beside the native step. \
        The bridged cases need a Python with `gymnasium` and `py4j`."""
            + notes,
        t);
  }

  private String time(String c, String method, double unit, int digits, String... key) {
    return results
        .find(c, method, key)
        .map(r -> r.time().times(1 / unit).format(digits))
        .orElse("—");
  }

  private static String bytes(Measure alloc) {
    return Double.isNaN(alloc.value()) ? "—" : fmt(alloc.value(), 1);
  }

  static String fmt(double v, int digits) {
    return String.format(Locale.ROOT, "%." + digits + "f", v);
  }

  private static String section(String title, String intro, Object table) {
    String body = table.toString();
    if (body.isBlank() || (table instanceof MarkdownTable m && m.isEmpty())) {
      body = "_Not measured in this run._\n";
    }
    return "## " + title + "\n\n" + intro + "\n\n" + body + "\n";
  }
}

package io.equirl.canonical;

import java.util.List;
import java.util.Locale;

/**
 * One row of Table 13: how the MLP sees its input.
 *
 * <ul>
 *   <li>{@link Kind#MLP}: the raw input, no symmetry.
 *   <li>{@link Kind#CANONICAL}: canonicalization alone, {@code M(h(x)⁻¹·x)} (Θ = {0}, no λ).
 *   <li>{@link Kind#CANONICAL_LAMBDA}: canonical-λ-equitune over the angles Θ with a learned λ.
 * </ul>
 *
 * @param thetas Θ in radians ({@code {0}} for canonicalization alone, empty for the plain MLP)
 */
@SuppressWarnings("ArrayRecordComponent") // carries arrays by design; never compared by equals
public record Variant(String name, Kind kind, double[] thetas) {
  /** The three kinds of model compared in Table 13. */
  public enum Kind {
    MLP,
    CANONICAL,
    CANONICAL_LAMBDA
  }

  public Variant {
    thetas = thetas.clone();
    if (kind == Kind.MLP ? thetas.length != 0 : thetas.length == 0) {
      throw new IllegalArgumentException(name + ": the plain MLP takes no angles, the others some");
    }
  }

  /** The plain MLP. */
  public static Variant mlp() {
    return new Variant("MLP", Kind.MLP, new double[0]);
  }

  /** The MLP on canonicalized inputs. */
  public static Variant canonical() {
    return new Variant("Canon-MLP", Kind.CANONICAL, new double[] {0});
  }

  /** Canonical-λ-equitune over Θ = {@code quarterTurns}·π/2. */
  public static Variant canonicalLambda(int... quarterTurns) {
    double[] thetas = new double[quarterTurns.length];
    StringBuilder name = new StringBuilder("Canon-λ {");
    for (int i = 0; i < thetas.length; i++) {
      thetas[i] = quarterTurns[i] * Math.PI / 2;
      name.append(i == 0 ? "" : ", ").append(angleName(quarterTurns[i]));
    }
    return new Variant(name.append('}').toString(), Kind.CANONICAL_LAMBDA, thetas);
  }

  /** The six rows of the paper's Table 13, in its order. */
  public static List<Variant> table13() {
    return List.of(
        mlp(),
        canonical(),
        canonicalLambda(0, 2),
        canonicalLambda(0, 1),
        canonicalLambda(0, 1, 2),
        canonicalLambda(0, 1, 2, 3));
  }

  /** The variant whose {@link #name()} or {@link #slug()} is {@code key}. */
  public static Variant parse(String key) {
    for (Variant v : table13()) {
      if (v.name().equals(key) || v.slug().equals(key)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown variant " + key + "; one of " + table13().stream().map(Variant::slug).toList());
  }

  /** A file-name-safe key: {@code mlp}, {@code canon}, {@code canon-lambda-0-2} (quarter turns). */
  public String slug() {
    if (kind == Kind.MLP) {
      return "mlp";
    }
    if (kind == Kind.CANONICAL) {
      return "canon";
    }
    StringBuilder s = new StringBuilder("canon-lambda");
    for (double t : thetas) {
      s.append('-').append(Math.round(t / (Math.PI / 2)));
    }
    return s.toString();
  }

  @Override
  public double[] thetas() {
    return thetas.clone();
  }

  private static String angleName(int quarterTurns) {
    return switch (quarterTurns) {
      case 0 -> "0";
      case 1 -> "π/2";
      case 2 -> "π";
      case 3 -> "3π/2";
      default -> String.format(Locale.ROOT, "%dπ/2", quarterTurns);
    };
  }
}

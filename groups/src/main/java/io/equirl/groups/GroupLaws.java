package io.equirl.groups;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the group laws on a Cayley table and returns what breaks them, never printing.
 *
 * <p>Each problem names the law (closure, associativity, identity, inverses) and the elements that
 * break it; at most a few problems per law are reported, since one counterexample is proof enough.
 */
public final class GroupLaws {
  private static final int MAX_REPORTED = 3;

  private GroupLaws() {}

  /** Problems with {@code table} as a group table over {@code labels}; empty when it is a group. */
  public static List<String> checkTable(List<String> labels, int[][] table) {
    List<String> problems = new ArrayList<>();
    if (labels == null || labels.isEmpty()) {
      problems.add("a group needs at least one element");
      return problems;
    }
    Set<String> seen = new HashSet<>();
    for (String label : labels) {
      if (label == null || label.isBlank() || !seen.add(label)) {
        problems.add("labels must be distinct and non-blank; bad label: '" + label + "'");
        return problems;
      }
    }
    int n = labels.size();
    if (table == null || table.length != n) {
      problems.add("table must have " + n + " rows, one per element");
      return problems;
    }
    closure(labels, table, problems);
    if (!problems.isEmpty()) {
      return problems; // the other laws cannot be read off a table that leaves the set
    }
    associativity(labels, table, problems);
    identity(labels, table, problems);
    if (problems.stream().noneMatch(p -> p.startsWith("identity"))) {
      inverses(labels, table, problems);
    }
    return problems;
  }

  private static void closure(List<String> labels, int[][] table, List<String> problems) {
    int n = labels.size();
    for (int a = 0; a < n; a++) {
      if (table[a] == null || table[a].length != n) {
        problems.add("closure fails: row of " + labels.get(a) + " must have " + n + " entries");
        return;
      }
      for (int b = 0; b < n; b++) {
        if (table[a][b] < 0 || table[a][b] >= n) {
          problems.add(
              "closure fails: "
                  + labels.get(a)
                  + "·"
                  + labels.get(b)
                  + " = "
                  + table[a][b]
                  + " is not an element index in 0.."
                  + (n - 1));
          if (problems.size() >= MAX_REPORTED) {
            return;
          }
        }
      }
    }
  }

  private static void associativity(List<String> labels, int[][] t, List<String> problems) {
    int n = labels.size();
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        for (int c = 0; c < n; c++) {
          if (t[t[a][b]][c] != t[a][t[b][c]]) {
            problems.add(
                String.format(
                    "associativity fails: (%s·%s)·%s = %s but %s·(%s·%s) = %s",
                    labels.get(a),
                    labels.get(b),
                    labels.get(c),
                    labels.get(t[t[a][b]][c]),
                    labels.get(a),
                    labels.get(b),
                    labels.get(c),
                    labels.get(t[a][t[b][c]])));
            return; // one counterexample is proof enough
          }
        }
      }
    }
  }

  private static void identity(List<String> labels, int[][] t, List<String> problems) {
    int n = labels.size();
    for (int a = 0; a < n; a++) {
      if (t[0][a] != a || t[a][0] != a) {
        String which =
            t[0][a] != a
                ? labels.get(0) + "·" + labels.get(a) + " = " + labels.get(t[0][a])
                : labels.get(a) + "·" + labels.get(0) + " = " + labels.get(t[a][0]);
        problems.add(
            "identity fails: the first element "
                + labels.get(0)
                + " must be the identity, but "
                + which
                + " ≠ "
                + labels.get(a));
        return;
      }
    }
  }

  private static void inverses(List<String> labels, int[][] t, List<String> problems) {
    int n = labels.size();
    for (int a = 0; a < n; a++) {
      boolean has = false;
      for (int b = 0; b < n && !has; b++) {
        has = t[a][b] == 0 && t[b][a] == 0;
      }
      if (!has) {
        problems.add(
            "inverses fail: "
                + labels.get(a)
                + " has no x with "
                + labels.get(a)
                + "·x = x·"
                + labels.get(a)
                + " = "
                + labels.get(0));
        if (problems.size() >= MAX_REPORTED) {
          return;
        }
      }
    }
  }

  /** Problems with the group laws of an already built group, read through its public API. */
  public static List<String> check(FiniteGroup group) {
    int n = group.order();
    List<String> labels = new ArrayList<>(n);
    int[][] table = new int[n][n];
    for (GroupElement a : group.elements()) {
      labels.add(a.label());
      for (GroupElement b : group.elements()) {
        table[a.index()][b.index()] = group.compose(a, b).index();
      }
    }
    List<String> problems = checkTable(labels, table);
    for (GroupElement a : group.elements()) {
      if (!group.compose(a, group.inverse(a)).isIdentity()) {
        problems.add(
            "inverses fail: inverse("
                + a
                + ") = "
                + group.inverse(a)
                + " but their product is not the identity");
      }
    }
    return problems;
  }
}

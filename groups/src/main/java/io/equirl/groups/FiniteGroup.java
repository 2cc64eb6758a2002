package io.equirl.groups;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A finite group given by its multiplication (Cayley) table, validated when built.
 *
 * <p>Elements are numbered {@code 0..order-1} in the order they were listed; the identity comes
 * first. {@code table[a][b]} is the index of {@code a·b}. Immutable and thread-safe.
 *
 * <pre>{@code
 * FiniteGroup c2 = FiniteGroup.fromTable("C2", List.of("e", "flip"), new int[][] {{0, 1}, {1, 0}});
 * GroupElement flip = c2.element("flip");
 * assert flip.compose(flip).equals(c2.identity());
 * }</pre>
 */
public final class FiniteGroup {
  private final String name;
  private final List<String> labels;
  private final int[][] table;
  private final int[] inverses;
  private final List<GroupElement> elements;
  private final Map<String, GroupElement> byLabel;

  private FiniteGroup(String name, List<String> labels, int[][] table) {
    this.name = name;
    this.labels = List.copyOf(labels);
    int n = labels.size();
    this.table = new int[n][];
    for (int a = 0; a < n; a++) {
      this.table[a] = table[a].clone();
    }
    this.inverses = new int[n];
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        if (table[a][b] == 0) {
          inverses[a] = b;
        }
      }
    }
    List<GroupElement> list = new ArrayList<>(n);
    Map<String, GroupElement> map = new HashMap<>();
    for (int i = 0; i < n; i++) {
      GroupElement g = new GroupElement(this, i);
      list.add(g);
      map.put(labels.get(i), g);
    }
    this.elements = Collections.unmodifiableList(list);
    this.byLabel = Map.copyOf(map);
  }

  /**
   * Builds a group from its Cayley table after checking closure, associativity, identity (which
   * must be listed first) and inverses.
   *
   * @param name a short name, e.g. "C4"
   * @param labels distinct element names, identity first
   * @param table {@code table[a][b]} = index of {@code a·b}
   * @throws IllegalArgumentException naming the law that fails and the elements that break it
   */
  public static FiniteGroup fromTable(String name, List<String> labels, int[][] table) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("group name must not be blank");
    }
    List<String> problems = GroupLaws.checkTable(labels, table);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "not a group (" + name + "): " + String.join("; ", problems));
    }
    return new FiniteGroup(name, labels, table);
  }

  /** The group's short name, e.g. "C4" or "D4". */
  public String name() {
    return name;
  }

  /** Number of elements |G|. */
  public int order() {
    return labels.size();
  }

  /** The identity element (index 0). */
  public GroupElement identity() {
    return elements.get(0);
  }

  /** All elements in the group's fixed order, identity first. Unmodifiable. */
  public List<GroupElement> elements() {
    return elements;
  }

  /** The element at {@code index} in {@link #elements()}. */
  public GroupElement element(int index) {
    if (index < 0 || index >= order()) {
      throw new IllegalArgumentException(
          "element index " + index + " outside 0.." + (order() - 1) + " of group " + name);
    }
    return elements.get(index);
  }

  /** The element named {@code label}. */
  public GroupElement element(String label) {
    GroupElement g = byLabel.get(label);
    if (g == null) {
      throw new IllegalArgumentException(
          "group " + name + " has no element '" + label + "'; elements: " + labels);
    }
    return g;
  }

  /** The product {@code a·b}: acting, apply {@code b} first, then {@code a}. */
  public GroupElement compose(GroupElement a, GroupElement b) {
    return elements.get(table[own(a)][own(b)]);
  }

  /** The inverse {@code g⁻¹}. */
  public GroupElement inverse(GroupElement g) {
    return elements.get(inverses[own(g)]);
  }

  /** Index of {@code a·b} from indices; for hot loops that already hold indices. */
  public int composeIndex(int a, int b) {
    return table[a][b];
  }

  /** Index of the inverse of the element with index {@code a}. */
  public int inverseIndex(int a) {
    return inverses[a];
  }

  /** Whether {@code g} belongs to this group instance. */
  public boolean contains(GroupElement g) {
    return g != null && g.group() == this;
  }

  String labelOf(int index) {
    return labels.get(index);
  }

  private int own(GroupElement g) {
    if (!contains(g)) {
      throw new IllegalArgumentException(
          "element "
              + g
              + " does not belong to group "
              + name
              + (g == null ? "" : " (it belongs to " + g.group().name() + ")"));
    }
    return g.index();
  }

  @Override
  public String toString() {
    return name + " (order " + order() + ")";
  }
}

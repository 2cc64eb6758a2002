package io.equirl.groups;

/**
 * An element of one {@link FiniteGroup}: a typed value bound to its group, never a bare index.
 *
 * <p>Instances are created only by their group and are immutable and thread-safe. Two elements are
 * equal when they belong to the same group instance and have the same index.
 */
public final class GroupElement {
  private final FiniteGroup group;
  private final int index;

  GroupElement(FiniteGroup group, int index) {
    this.group = group;
    this.index = index;
  }

  /** The group this element belongs to. */
  public FiniteGroup group() {
    return group;
  }

  /** Position of this element in {@link FiniteGroup#elements()}; the identity has index 0. */
  public int index() {
    return index;
  }

  /** The element's name, unique within its group. */
  public String label() {
    return group.labelOf(index);
  }

  /** The product {@code this · other} ("apply {@code other} first, then this" when acting). */
  public GroupElement compose(GroupElement other) {
    return group.compose(this, other);
  }

  /** The inverse of this element. */
  public GroupElement inverse() {
    return group.inverse(this);
  }

  /** Whether this is the identity of its group. */
  public boolean isIdentity() {
    return index == 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GroupElement other && other.group == group && other.index == index;
  }

  @Override
  public int hashCode() {
    return 31 * System.identityHashCode(group) + index;
  }

  @Override
  public String toString() {
    return label();
  }
}

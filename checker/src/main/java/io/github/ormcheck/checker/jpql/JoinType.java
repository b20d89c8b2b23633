package io.github.ormcheck.checker.jpql;

/** How a join was written: {@code join}/{@code inner join}, {@code left [outer] join}, and so on. */
public enum JoinType {
  /** {@code join}, {@code inner join}, and JPQL's {@code in (o.items) i} member declaration. */
  INNER,
  LEFT,
  RIGHT,
  FULL,
  /** HQL {@code cross join Entity e}: always an entity join. */
  CROSS;

  /** Whether the join keeps rows without a match (left, right, full). */
  public boolean isOuter() {
    return this == LEFT || this == RIGHT || this == FULL;
  }
}

package io.github.ormcheck.checker.jpql;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * One join of a FROM clause, as written. A path join starts from an identification variable
 * declared earlier (a root alias or a previous join's alias): {@code join fetch li.product p} has
 * source {@code li}, path {@code [product]} and alias {@code p}. Use {@link
 * QueryFetches#pathOf(QueryJoin)} or {@link QueryFetches#fetchPaths(String)} for the full path from
 * a root.
 *
 * @param type inner, left, right, full or cross
 * @param fetch whether it is a {@code join fetch}: the only joins that initialize associations
 * @param source the alias the path starts from, spelled as declared; empty for an entity join
 *     ({@code join Customer c on c.id = o.customerId}), which loads no association
 * @param path the attribute names after the source ({@code o.customer.address} gives {@code
 *     [customer, address]}); for an entity join, the segments of the entity name
 * @param alias the join's own identification variable, if declared
 * @param treatedAs the subtype of {@code join treat(o.payment as CardPayment) p}, if any
 * @param hasCondition whether an {@code on} or {@code with} condition follows (its text is skipped)
 * @param topLevel false for joins inside a subquery (also a subquery's correlated {@code from
 *     o.items i}): they load nothing for the caller and must not count as fetches
 */
public record QueryJoin(
    JoinType type,
    boolean fetch,
    Optional<String> source,
    ImmutableList<String> path,
    Optional<String> alias,
    Optional<String> treatedAs,
    boolean hasCondition,
    boolean topLevel) {

  /** A join to an entity by name rather than along an association; never a fetch. */
  public boolean isEntityJoin() {
    return source.isEmpty();
  }

  /** The entity name of an entity join ({@code Customer}, {@code com.shop.Customer}). */
  public Optional<String> entityName() {
    return isEntityJoin() ? Optional.of(String.join(".", path)) : Optional.empty();
  }

  /** {@code path} joined with dots. */
  public String dottedPath() {
    return String.join(".", path);
  }

  @Override
  public String toString() {
    return type.name().toLowerCase(java.util.Locale.ROOT)
        + " join"
        + (fetch ? " fetch " : " ")
        + source.map(s -> s + ".").orElse("")
        + dottedPath()
        + treatedAs.map(t -> " as " + t).orElse("")
        + alias.map(a -> " " + a).orElse("")
        + (topLevel ? "" : " (subquery)");
  }
}

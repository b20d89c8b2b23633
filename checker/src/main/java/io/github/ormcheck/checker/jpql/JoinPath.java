package io.github.ormcheck.checker.jpql;

import com.google.common.collect.ImmutableList;

/**
 * A join resolved to a chain of attribute names from a starting identification variable: for
 * {@code from Order o join fetch o.lineItems li join fetch li.product}, the second join is {@code
 * o} + {@code [lineItems, product]}. This is the shape of a {@code @LoadPlan} path and of an entity
 * graph attribute path, so rules compare {@link #dotted()} with those directly.
 *
 * @param from the alias the chain starts from, spelled as declared in the query
 * @param attributes the association names, in navigation order; never empty
 * @param join the last join of the chain (its alias, type, fetch flag)
 */
public record JoinPath(String from, ImmutableList<String> attributes, QueryJoin join) {

  /** The attribute names joined with dots: {@code lineItems.product}. */
  public String dotted() {
    return String.join(".", attributes);
  }

  /** The last attribute: the association this join loads or navigates. */
  public String lastAttribute() {
    return attributes.get(attributes.size() - 1);
  }

  @Override
  public String toString() {
    return from + "." + dotted();
  }
}

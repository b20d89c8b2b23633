package io.github.ormcheck.checker.jpql;

import java.util.Optional;

/**
 * An entity named in a FROM clause: {@code from com.shop.Order as o}.
 *
 * @param entityName the name as written: an entity name ({@code Order}) or a fully qualified class
 *     name ({@code com.shop.Order}); matching it to an entity is up to the caller's model
 * @param alias the identification variable, if the query declares one (HQL allows {@code from
 *     Order} alone)
 * @param topLevel false for the FROM clause of a subquery, whose roots load nothing for the caller
 */
public record QueryRoot(String entityName, Optional<String> alias, boolean topLevel) {

  /** The last segment of {@link #entityName}: {@code Order} for {@code com.shop.Order}. */
  public String simpleName() {
    return entityName.substring(entityName.lastIndexOf('.') + 1);
  }

  @Override
  public String toString() {
    return entityName + alias.map(a -> " " + a).orElse("") + (topLevel ? "" : " (subquery)");
  }
}

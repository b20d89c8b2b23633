package io.github.ormcheck.checker.loading;

import com.google.common.collect.ImmutableSet;
import com.sun.source.tree.Tree;
import io.github.ormcheck.checker.model.ManagedType;

/**
 * Where entities come from and what that source loaded with them.
 *
 * @param entity the entity of the elements (or of the single entity)
 * @param fetched association paths, relative to {@code entity}, that the source loaded
 *     ({@code "customer"}, {@code "lineItems.product"})
 * @param description how the source is named in messages ("OrderRepository.findByStatus")
 * @param fixHint what to change to load more ("that query", "that repository method")
 * @param site the tree that produced the entities, for related locations
 * @param repositoryMethod the Spring Data method, when the source is one (for suggested fixes)
 * @param backReference for the elements of a parent's collection, the attribute that points back
 *     to the parent ({@code mappedBy}): the parent is already loaded, navigating to it is free
 */
public record Origin(
    ManagedType entity,
    ImmutableSet<String> fetched,
    String description,
    Tree site,
    java.util.Optional<com.sun.tools.javac.code.Symbol.MethodSymbol> repositoryMethod,
    java.util.Optional<String> backReference) {

  public Origin(
      ManagedType entity,
      ImmutableSet<String> fetched,
      String description,
      Tree site,
      java.util.Optional<com.sun.tools.javac.code.Symbol.MethodSymbol> repositoryMethod) {
    this(entity, fetched, description, site, repositoryMethod, java.util.Optional.empty());
  }

  /** Whether the source loaded {@code path} (dotted, relative to the entity). */
  public boolean loaded(String path) {
    return fetched.contains(path);
  }

  /** The origin of the elements of a collection at {@code path}: fetched paths below it. */
  public Origin below(String path, ManagedType element, String newDescription, java.util.Optional<String> mappedBy) {
    ImmutableSet.Builder<String> rest = ImmutableSet.builder();
    String prefix = path + ".";
    for (String fetchedPath : fetched) {
      if (fetchedPath.startsWith(prefix)) {
        rest.add(fetchedPath.substring(prefix.length()));
      }
    }
    return new Origin(element, rest.build(), newDescription, site, java.util.Optional.empty(), mappedBy);
  }
}

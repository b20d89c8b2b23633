package io.github.ormcheck.checker.loading;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The collections one query or entity graph fetches together with its root entity: what
 * multiplies the rows of its single SQL select.
 *
 * @param root the simple name of the entity the fetches start from
 * @param collections the fetched collection associations and element collections, in order
 * @param limitInText whether the query text limits its rows itself (HQL {@code limit}/{@code
 *     offset}/{@code fetch first})
 */
public record FetchPlan(String root, ImmutableList<FetchedCollection> collections, boolean limitInText) {

  /**
   * One fetched collection.
   *
   * @param path the attribute path from the root, {@code lineItems.product.tags}
   * @param bag a {@code List} or {@code Collection} without {@code @OrderColumn}
   */
  public record FetchedCollection(String path, boolean bag) {
    public String name() {
      return path.substring(path.lastIndexOf('.') + 1);
    }
  }

  public ImmutableList<FetchedCollection> bags() {
    return collections.stream().filter(FetchedCollection::bag).collect(ImmutableList.toImmutableList());
  }

  /** {@code lineItems, tags}. */
  public static String paths(ImmutableList<FetchedCollection> collections) {
    return collections.stream().map(FetchedCollection::path).collect(Collectors.joining(", "));
  }

  /** {@code rows = purchaseOrders x lineItems x tags}. */
  public String rowEstimate() {
    String parents = Character.toLowerCase(root.charAt(0)) + root.substring(1) + "s";
    return "rows = " + parents + collections.stream()
        .map(collection -> " x " + collection.name())
        .collect(Collectors.joining());
  }

  @Override
  public String toString() {
    return root.toLowerCase(Locale.ROOT) + " " + collections;
  }
}

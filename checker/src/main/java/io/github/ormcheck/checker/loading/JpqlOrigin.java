package io.github.ormcheck.checker.loading;

import com.google.common.collect.ImmutableSet;
import io.github.ormcheck.checker.jpql.JoinPath;
import io.github.ormcheck.checker.jpql.QueryFetches;
import io.github.ormcheck.checker.jpql.QueryJoin;
import io.github.ormcheck.checker.jpql.QueryRoot;
import io.github.ormcheck.checker.model.EntityGraphs;
import io.github.ormcheck.checker.model.ManagedType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a JPQL/HQL query that returns {@code entity} rows loads with them. */
final class JpqlOrigin {
  private JpqlOrigin() {}

  /**
   * The fetched paths of the selected entity, when the query is readable, selects whole entities
   * of {@code entity} from a root, and names that root's entity. Empty otherwise.
   */
  static Optional<ImmutableSet<String>> fetched(String query, ManagedType entity, ParsedQueries queries) {
    Optional<QueryFetches> analysis = queries.analyze(query);
    if (analysis.isEmpty() || !analysis.get().isSelect()) {
      return Optional.empty();
    }
    QueryFetches fetches = analysis.get();
    Optional<String> alias = fetches.selectedAlias();
    if (alias.isEmpty()) {
      // HQL without select: one root is the result. With fetch joins only ("from Order o join
      // fetch o.customer") the root is still all it returns, with what they fetch.
      if (fetches.roots().size() != 1 || !names(fetches.roots().get(0), entity)) {
        return Optional.empty();
      }
      if (fetches.joins().isEmpty()) {
        return Optional.of(ImmutableSet.of());
      }
      Optional<String> rootAlias = fetches.roots().get(0).alias();
      if (rootAlias.isEmpty() || !fetches.joins().stream().allMatch(QueryJoin::fetch)) {
        return Optional.empty();
      }
      alias = rootAlias;
    }
    Optional<QueryRoot> root = fetches.root(alias.get());
    if (root.isEmpty() || !names(root.get(), entity)) {
      return Optional.empty();
    }
    List<String> paths = new ArrayList<>();
    for (JoinPath path : fetches.fetchPaths(alias.get())) {
      paths.add(path.dotted());
    }
    return Optional.of(EntityGraphs.withPrefixes(paths));
  }

  private static boolean names(QueryRoot root, ManagedType entity) {
    String name = root.entityName();
    return name.equals(entity.entityName())
        || name.equals(entity.simpleName())
        || name.equals(entity.element().getQualifiedName().toString());
  }

  /** A short quote of the query for messages. */
  static String quote(String query) {
    String oneLine = query.replaceAll("\\s+", " ").trim();
    return "\"" + (oneLine.length() > 70 ? oneLine.substring(0, 67) + "..." : oneLine) + "\"";
  }
}

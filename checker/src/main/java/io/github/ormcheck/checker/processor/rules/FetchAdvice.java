package io.github.ormcheck.checker.processor.rules;

import io.github.ormcheck.checker.model.Attribute;
import io.github.ormcheck.checker.model.ManagedType;

/**
 * The second half of every "make it LAZY" advice: how the code paths that relied on eager
 * loading should now load the association, so the fix does not trade N+1 for
 * LazyInitializationException.
 */
final class FetchAdvice {
  private FetchAdvice() {}

  /** What a query returns when it loads this type: "Order rows", or the entities that embed it. */
  static String owners(ManagedType type) {
    switch (type.kind()) {
      case EMBEDDABLE:
        return "entities embedding " + type.simpleName();
      case MAPPED_SUPERCLASS:
        return "entities extending " + type.simpleName();
      default:
        return type.simpleName() + " rows";
    }
  }

  static String fetchWhereNeeded(ManagedType owner, Attribute attribute) {
    String name = attribute.name();
    if (owner.kind() == io.github.ormcheck.checker.model.ManagedKind.EMBEDDABLE) {
      return String.format(
          "load it where a code path needs it: a 'join fetch' of the path ending in %s (through"
              + " the embedded attribute) in that path's query, an entity graph with that path,"
              + " or @LoadPlan on the method so ormcheck checks the path",
          name);
    }
    String alias = owner.entityName().substring(0, 1).toLowerCase(java.util.Locale.ROOT);
    return String.format(
        "load it where a code path needs it: 'join fetch %s.%s' in that path's query, an entity"
            + " graph (@EntityGraph(attributePaths = \"%s\")), or @LoadPlan({\"%s\"}) on the"
            + " method so ormcheck checks the path",
        alias, name, name, name);
  }
}

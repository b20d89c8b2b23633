package io.github.ormcheck.checker.mappings;

import io.github.ormcheck.checker.model.Association;
import io.github.ormcheck.checker.model.Attribute;
import io.github.ormcheck.checker.model.FetchType;
import io.github.ormcheck.checker.model.ManagedType;
import io.github.ormcheck.checker.model.Mirrors;

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

  /**
   * The first half of the fix: what to change so the association becomes LAZY. {@code jpaFix}
   * ("Add fetch = FetchType.LAZY") is that change when the JPA mapping alone makes it eager.
   * Hibernate's {@code @Fetch(JOIN)} and {@code @LazyCollection(FALSE)} win over {@code fetch},
   * so then the annotation has to go, plus {@code jpaFix} only if the mapping would still be
   * eager without it.
   */
  static String makeLazy(Association association, String jpaFix) {
    String hibernate;
    switch (association.fetchSource()) {
      case HIBERNATE_FETCH_JOIN:
        hibernate = "@Fetch(FetchMode.JOIN)";
        break;
      case HIBERNATE_LAZY_COLLECTION:
        hibernate = "@LazyCollection(FALSE)";
        break;
      default:
        return jpaFix;
    }
    boolean eagerWithout =
        association
            .fetchValue()
            .flatMap(Mirrors::enumConstant)
            .map("EAGER"::equals)
            .orElse(association.cardinality().jpaDefault() == FetchType.EAGER);
    String remove = "Remove " + hibernate + " (it makes the association EAGER whatever fetch says)";
    return eagerWithout
        ? remove + ", " + Character.toLowerCase(jpaFix.charAt(0)) + jpaFix.substring(1)
        : remove;
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

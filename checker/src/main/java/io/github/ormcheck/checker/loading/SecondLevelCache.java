package io.github.ormcheck.checker.loading;

import com.google.common.collect.ImmutableSet;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import io.github.ormcheck.checker.frameworks.HibernateApi;
import io.github.ormcheck.checker.model.Mirrors;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Whether an entity type is in the second-level cache: Hibernate's {@code @Cache} or JPA's {@code
 * @Cacheable} on it or on a superclass (the root of an entity hierarchy carries it for all), and
 * no {@code @Cacheable(false)} nearer. A lookup by id of such an entity reads the cache before the
 * database, so repeating it per element costs no select once the cache holds the rows: whether it
 * does depends on the cache's configuration and its contents, which the code does not show, so
 * the loop rules stay silent about it.
 */
public final class SecondLevelCache {
  /** Hibernate's {@code @Cache} and JPA's {@code @Cacheable}: the nearer one on a class decides. */
  private static final ImmutableSet<String> ANNOTATIONS =
      ImmutableSet.<String>builder().add(HibernateApi.CACHE).addAll(HibernateApi.CACHEABLE).build();

  private SecondLevelCache() {}

  /** Whether lookups by id of {@code entity} go through the second-level cache. */
  public static boolean caches(Type entity) {
    if (entity == null || !(entity.tsym instanceof Symbol.ClassSymbol type)) {
      return false;
    }
    for (Symbol.ClassSymbol current = type; current != null; current = superclass(current)) {
      try {
        Optional<AnnotationMirror> annotation = Mirrors.find(current, ANNOTATIONS);
        if (annotation.isPresent()) {
          return Mirrors.qualifiedName(annotation.get()).equals(HibernateApi.CACHE)
              || !Mirrors.explicitValue(annotation.get(), "value").map(v -> Boolean.FALSE.equals(v.getValue())).orElse(false);
        }
      } catch (Symbol.CompletionFailure missing) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a collection attribute (its field or getter) has a collection cache of its own:
   * Hibernate's {@code @Cache} on it. Its elements' ids are then read from the cache when the
   * collection is first touched.
   */
  public static boolean cachesCollection(Element member) {
    try {
      return Mirrors.find(member, HibernateApi.CACHE).isPresent();
    } catch (Symbol.CompletionFailure missing) {
      return false;
    }
  }

  private static Symbol.ClassSymbol superclass(Symbol.ClassSymbol type) {
    Type superclass = type.getSuperclass();
    return superclass != null && superclass.tsym instanceof Symbol.ClassSymbol next
        && !next.getQualifiedName().contentEquals("java.lang.Object") ? next : null;
  }
}

package io.github.ormcheck.checker.loading;

import com.sun.tools.javac.code.Attribute;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import io.github.ormcheck.checker.frameworks.HibernateApi;

/**
 * Whether an entity type is in the second-level cache: Hibernate's {@code @Cache} or JPA's {@code
 * @Cacheable} on it or on a superclass (the root of an entity hierarchy carries it for all), and
 * no {@code @Cacheable(false)} nearer. A lookup by id of such an entity reads the cache before the
 * database, so repeating it per element costs no select once the cache holds the rows: whether it
 * does depends on the cache's configuration and its contents, which the code does not show, so
 * the loop rules stay silent about it.
 */
public final class SecondLevelCache {
  private SecondLevelCache() {}

  /** Whether lookups by id of {@code entity} go through the second-level cache. */
  public static boolean caches(Type entity) {
    if (entity == null || !(entity.tsym instanceof Symbol.ClassSymbol type)) {
      return false;
    }
    for (Symbol.ClassSymbol current = type; current != null; current = superclass(current)) {
      try {
        for (Attribute.Compound annotation : current.getAnnotationMirrors()) {
          String name = annotation.type.tsym.getQualifiedName().toString();
          if (name.equals(HibernateApi.CACHE)) {
            return true;
          }
          if (HibernateApi.CACHEABLE.contains(name)) {
            return annotation.getElementValues().values().stream()
                .noneMatch(value -> Boolean.FALSE.equals(value.getValue()));
          }
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
  public static boolean cachesCollection(javax.lang.model.element.Element member) {
    try {
      return member.getAnnotationMirrors().stream()
          .anyMatch(annotation -> ((javax.lang.model.element.TypeElement) annotation.getAnnotationType().asElement())
              .getQualifiedName().contentEquals(HibernateApi.CACHE));
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

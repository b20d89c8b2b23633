package io.github.ormcheck.checker.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * One element's annotations with their qualified names read once. The mapping reader asks each
 * member about a dozen annotations (the five association kinds, join columns, {@code @Id},
 * {@code @Transient}, Hibernate's fetch annotations...), and reading a name out of the compiler
 * copies it each time.
 */
final class Annotations {
  private static final Annotations NONE = new Annotations(List.of(), new String[0]);

  private final List<? extends AnnotationMirror> mirrors;
  private final String[] names;

  private Annotations(List<? extends AnnotationMirror> mirrors, String[] names) {
    this.mirrors = mirrors;
    this.names = names;
  }

  static Annotations of(Element element) {
    List<? extends AnnotationMirror> mirrors = element.getAnnotationMirrors();
    if (mirrors.isEmpty()) {
      return NONE;
    }
    String[] names = new String[mirrors.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = Mirrors.qualifiedName(mirrors.get(i));
    }
    return new Annotations(mirrors, names);
  }

  /** The first annotation with this qualified name. */
  Optional<AnnotationMirror> find(String qualifiedName) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(qualifiedName)) {
        return Optional.of(mirrors.get(i));
      }
    }
    return Optional.empty();
  }

  boolean has(String qualifiedName) {
    return find(qualifiedName).isPresent();
  }

  /** The first JPA annotation with this simple name, in the jakarta or javax namespace. */
  Optional<AnnotationMirror> findPersistence(String simpleName) {
    for (int i = 0; i < names.length; i++) {
      if (JpaNames.isPersistenceAnnotation(names[i], simpleName)) {
        return Optional.of(mirrors.get(i));
      }
    }
    return Optional.empty();
  }

  boolean hasPersistence(String simpleName) {
    return findPersistence(simpleName).isPresent();
  }

  /** Whether any JPA mapping annotation is among them. */
  boolean hasAnyPersistence() {
    for (String name : names) {
      if (JpaNames.isPersistenceAnnotation(name)) {
        return true;
      }
    }
    return false;
  }
}

package io.github.ormcheck.checker.model;

/** The JPA managed types ormcheck models. */
public enum ManagedKind {
  ENTITY(JpaNames.ENTITY),
  MAPPED_SUPERCLASS(JpaNames.MAPPED_SUPERCLASS),
  EMBEDDABLE(JpaNames.EMBEDDABLE);

  private final String annotation;

  ManagedKind(String annotation) {
    this.annotation = annotation;
  }

  public String annotation() {
    return annotation;
  }
}

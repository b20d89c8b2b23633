package io.github.ormcheck.checker.model;

/** The mapping annotation of an association, and the JPA default fetch type each one has. */
public enum Cardinality {
  MANY_TO_ONE(JpaNames.MANY_TO_ONE, FetchType.EAGER, false),
  ONE_TO_ONE(JpaNames.ONE_TO_ONE, FetchType.EAGER, false),
  ONE_TO_MANY(JpaNames.ONE_TO_MANY, FetchType.LAZY, true),
  MANY_TO_MANY(JpaNames.MANY_TO_MANY, FetchType.LAZY, true),
  ELEMENT_COLLECTION(JpaNames.ELEMENT_COLLECTION, FetchType.LAZY, true);

  private final String annotation;
  private final FetchType jpaDefault;
  private final boolean plural;

  Cardinality(String annotation, FetchType jpaDefault, boolean plural) {
    this.annotation = annotation;
    this.jpaDefault = jpaDefault;
    this.plural = plural;
  }

  /** Simple name of the JPA annotation, e.g. {@code ManyToOne}. */
  public String annotation() {
    return annotation;
  }

  public FetchType jpaDefault() {
    return jpaDefault;
  }

  public boolean isPlural() {
    return plural;
  }
}

package io.github.ormcheck.checker.model;

/** What a persistent attribute holds. */
public enum AttributeKind {
  ID,
  BASIC,
  EMBEDDED,
  ASSOCIATION,
  /** {@code @ElementCollection}: basic or embeddable values in a collection table. */
  ELEMENT_COLLECTION
}

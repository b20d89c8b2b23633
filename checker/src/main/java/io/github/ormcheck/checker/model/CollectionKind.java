package io.github.ormcheck.checker.model;

/** How Hibernate treats a plural attribute; decides whether row multiplication can be undone. */
public enum CollectionKind {
  /** Not a collection: a to-one association. */
  NONE,
  /** {@code List} or {@code Collection} without {@code @OrderColumn}: no index, duplicates allowed. */
  BAG,
  /** A bag with a Hibernate {@code @CollectionId}: rows have an id, so it is not a plain bag. */
  ID_BAG,
  /** {@code List} with {@code @OrderColumn}: an indexed list. */
  LIST,
  SET,
  MAP;

  public boolean isBag() {
    return this == BAG;
  }
}

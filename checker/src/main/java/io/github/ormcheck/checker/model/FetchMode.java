package io.github.ormcheck.checker.model;

/** Hibernate's {@code @Fetch(FetchMode.X)}: how an association is fetched when it is loaded. */
public enum FetchMode {
  SELECT,
  JOIN,
  SUBSELECT
}

package io.github.ormcheck.checker.model;

/** Why an association has the fetch type it has; findings quote it so the fix is obvious. */
public enum FetchSource {
  /** No {@code fetch} attribute: the JPA default of the mapping annotation applies. */
  JPA_DEFAULT("by the JPA default (no fetch attribute)"),
  /** {@code fetch = ...} written on the mapping annotation. */
  EXPLICIT("by fetch = %s"),
  /** Hibernate {@code @Fetch(FetchMode.JOIN)}, which makes the association eager. */
  HIBERNATE_FETCH_JOIN("by @Fetch(FetchMode.JOIN)"),
  /** Hibernate {@code @LazyCollection(LazyCollectionOption.FALSE)}. */
  HIBERNATE_LAZY_COLLECTION("by @LazyCollection(FALSE)");

  private final String description;

  FetchSource(String description) {
    this.description = description;
  }

  /** A phrase such as "by fetch = EAGER", for messages. */
  public String describe(FetchType fetch) {
    return String.format(description, fetch);
  }
}

package io.github.ormcheck.checker.frameworks;

import com.google.common.collect.ImmutableSet;

/**
 * Quarkus's Hibernate ORM with Panache, by name: the active-record base class ({@code
 * Person.findById(id)}, inherited static methods), the repository interface ({@code
 * people.list("status", s)}) and the query object that {@code find} returns ({@code
 * Person.find("name", n).firstResult()}).
 */
public final class Panache {
  public static final String ENTITY_BASE = "io.quarkus.hibernate.orm.panache.PanacheEntityBase";
  public static final String REPOSITORY_BASE = "io.quarkus.hibernate.orm.panache.PanacheRepositoryBase";
  public static final String QUERY = "io.quarkus.hibernate.orm.panache.PanacheQuery";

  /** Methods of the entity base and the repository that run a select at once. */
  public static final ImmutableSet<String> EXECUTING =
      ImmutableSet.of("findById", "findByIdOptional", "list", "listAll", "stream", "streamAll", "count");

  /** Methods of the entity base and the repository that make a query object, run later. */
  public static final ImmutableSet<String> QUERY_FACTORIES = ImmutableSet.of("find", "findAll");

  /** Methods of the entity base and the repository whose first argument may be a whole HQL query. */
  public static final ImmutableSet<String> QUERY_TEXT = ImmutableSet.of("find", "list", "stream");

  /** Methods of the query object that run it. */
  public static final ImmutableSet<String> QUERY_EXECUTING =
      ImmutableSet.of("list", "stream", "firstResult", "firstResultOptional", "singleResult",
          "singleResultOptional", "count");

  /** Methods of the entity base and the repository that write: {@code person.persist()}, {@code people.delete(p)}. */
  public static final ImmutableSet<String> WRITES =
      ImmutableSet.of("persist", "persistAndFlush", "delete", "deleteById", "deleteAll", "update");

  /** Query object methods that bound what it returns. */
  public static final ImmutableSet<String> BOUNDS = ImmutableSet.of("page", "range", "firstPage", "nextPage", "previousPage", "lastPage");

  /** {@code findById(id)}: a lookup by primary key, which the persistence context answers when it holds the entity. */
  public static final ImmutableSet<String> BY_ID = ImmutableSet.of("findById", "findByIdOptional");

  private Panache() {}

  /**
   * Whether Panache takes the text as it is: a query that starts with {@code from} or {@code
   * select}. Any other text is shortened ({@code "status"}, {@code "name = ?1 order by name"},
   * {@code "order by name"}) and Panache completes it to {@code from Entity where ...}, which
   * fetches nothing.
   */
  public static boolean isHql(String query) {
    String start = query.strip().toLowerCase(java.util.Locale.ROOT);
    return start.startsWith("from ") || start.startsWith("select ");
  }

  /** Whether a method's owner is the entity base or the repository interface. */
  public static boolean isBase(CharSequence ownerQualifiedName) {
    String owner = ownerQualifiedName.toString();
    return owner.equals(ENTITY_BASE) || owner.equals(REPOSITORY_BASE);
  }
}

package io.github.ormcheck.checker.frameworks;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;

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
   * Whether Panache takes the text as it is: a query that starts with {@code from}, {@code
   * select} or {@code with}. A named query ({@link #namedQuery}) is neither. Any other text is shortened ({@code "status"}, {@code "name = ?1 order by name"},
   * {@code "order by name"}) and Panache completes it to {@code from Entity where ...}, which
   * fetches nothing.
   */
  public static boolean isHql(String query) {
    // As Panache reads it: line breaks and tabs count as spaces, and a CTE starts with "with".
    String start = query.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ').strip().toLowerCase(java.util.Locale.ROOT);
    return start.startsWith("from ") || start.startsWith("select ") || start.startsWith("with ");
  }

  /** {@code "#Person.withPets"}: the name of a named query, which Panache runs instead of text. */
  public static Optional<String> namedQuery(String query) {
    String text = query.strip();
    return text.startsWith("#") ? Optional.of(text.substring(1)) : Optional.empty();
  }

  /**
   * Whether Quarkus enhances the entity class so that reads of its fields go through accessors:
   * a Panache entity (a subclass of the entity base).
   */
  public static boolean isEnhancedEntity(com.sun.tools.javac.code.Symbol.ClassSymbol entity) {
    for (com.sun.tools.javac.code.Type type = entity.getSuperclass();
        type != null && type.tsym instanceof com.sun.tools.javac.code.Symbol.ClassSymbol superclass;
        type = superclass.getSuperclass()) {
      if (superclass.getQualifiedName().contentEquals(ENTITY_BASE)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a select's symbol is a method of the query object ({@code page}, {@code list}...). */
  public static boolean isQueryMethod(com.sun.tools.javac.code.Symbol symbol) {
    return symbol instanceof com.sun.tools.javac.code.Symbol.MethodSymbol method
        && method.owner.getQualifiedName().contentEquals(QUERY);
  }

  /** Whether a method's owner is the entity base or the repository interface. */
  public static boolean isBase(CharSequence ownerQualifiedName) {
    String owner = ownerQualifiedName.toString();
    return owner.equals(ENTITY_BASE) || owner.equals(REPOSITORY_BASE);
  }
}

package io.github.ormcheck.checker.frameworks;

import com.google.common.collect.ImmutableSet;

/** Spring Data (Commons and JPA) types and annotations, by name. */
public final class SpringData {
  public static final String REPOSITORY = "org.springframework.data.repository.Repository";
  /** Query by example: {@code findAll(Example)}, {@code findAll(Example, Pageable)}, {@code findOne(Example)}. */
  public static final String QUERY_BY_EXAMPLE_EXECUTOR = "org.springframework.data.repository.query.QueryByExampleExecutor";
  public static final String QUERY = "org.springframework.data.jpa.repository.Query";
  public static final String ENTITY_GRAPH = "org.springframework.data.jpa.repository.EntityGraph";
  public static final String PAGEABLE = "org.springframework.data.domain.Pageable";
  public static final String LIMIT = "org.springframework.data.domain.Limit";
  public static final String PAGE = "org.springframework.data.domain.Page";
  public static final String SLICE = "org.springframework.data.domain.Slice";
  public static final String NO_REPOSITORY_BEAN = "org.springframework.data.repository.NoRepositoryBean";
  public static final String MODIFYING = "org.springframework.data.jpa.repository.Modifying";

  /**
   * Prefixes of derived query methods (Spring Data's PartTree): {@code findBy...}, {@code
   * readAllBy...}, {@code streamTop10By...}.
   */
  public static final ImmutableSet<String> QUERY_PREFIXES =
      ImmutableSet.of("find", "read", "get", "query", "search", "stream", "count", "exists");

  /** CRUD methods of CrudRepository/ListCrudRepository/JpaRepository that run a select. */
  public static final ImmutableSet<String> CRUD_QUERIES =
      ImmutableSet.of(
          "findById", "findAll", "findAllById", "getById", "getReferenceById", "getOne",
          "existsById", "count", "findOne", "findBy", "exists");

  /** Methods that take many ids or rows at once: the batched forms. */
  public static final ImmutableSet<String> BATCHED =
      ImmutableSet.of("findAllById", "deleteAllById", "deleteAllByIdInBatch", "saveAll", "saveAllAndFlush");

  /** Writes that do not query (inserts and updates are batched by the flush). */
  public static final ImmutableSet<String> WRITES =
      ImmutableSet.of(
          "save", "saveAndFlush", "saveAll", "saveAllAndFlush", "delete", "deleteAll",
          "deleteInBatch", "deleteAllInBatch", "flush");

  /** CRUD methods that return an uninitialized proxy: no select until a non-id attribute is read. */
  public static final ImmutableSet<String> REFERENCES = ImmutableSet.of("getReferenceById", "getOne", "getById");

  private SpringData() {}
}

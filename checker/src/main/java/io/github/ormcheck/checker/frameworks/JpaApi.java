package io.github.ormcheck.checker.frameworks;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;

/** JPA's runtime API ({@code jakarta.persistence} and {@code javax.persistence}), by name. */
public final class JpaApi {
  private static final ImmutableList<String> PACKAGES =
      ImmutableList.of("jakarta.persistence.", "javax.persistence.");

  public static final String ENTITY_MANAGER = "EntityManager";
  public static final String QUERY = "Query";
  public static final String TYPED_QUERY = "TypedQuery";
  public static final String CRITERIA_QUERY = "criteria.CriteriaQuery";

  /** EntityManager methods that create a query from JPQL text or a named query. */
  public static final ImmutableSet<String> CREATE_QUERY =
      ImmutableSet.of("createQuery", "createNamedQuery");

  /** Query methods that execute it and return rows. */
  public static final ImmutableSet<String> EXECUTE =
      ImmutableSet.of(
          "getResultList", "getResultStream", "getSingleResult", "getSingleResultOrNull",
          "list", "stream", "uniqueResult", "uniqueResultOptional", "getResultCount", "scroll");

  /** EntityManager/Session methods that load one entity by id. */
  public static final ImmutableSet<String> FIND = ImmutableSet.of("find", "get", "load", "byId");

  /** EntityManager/Session methods that return an uninitialized proxy (Hibernate's {@code load}). */
  public static final ImmutableSet<String> REFERENCE = ImmutableSet.of("getReference", "load");

  private JpaApi() {}

  /** Both qualified names of a JPA type, e.g. {@code jakarta.persistence.EntityManager}. */
  public static ImmutableList<String> names(String simpleName) {
    ImmutableList.Builder<String> names = ImmutableList.builder();
    for (String pkg : PACKAGES) {
      names.add(pkg + simpleName);
    }
    return names.build();
  }
}

package io.github.ormcheck.checker.frameworks;

import com.google.common.collect.ImmutableSet;

/**
 * The types that run queries and finds for the application: JPA's {@code EntityManager} and
 * Hibernate's sessions, by name; and those that create queries from text, which include
 * Hibernate's {@code QueryProducer}.
 */
public final class PersistenceSessions {
  /** {@code EntityManager} (jakarta and javax), Hibernate {@code Session} and friends. */
  public static final ImmutableSet<String> SESSIONS =
      ImmutableSet.<String>builder()
          .addAll(JpaApi.names(JpaApi.ENTITY_MANAGER))
          .add(HibernateApi.SESSION, HibernateApi.STATELESS_SESSION, HibernateApi.SHARED_SESSION_CONTRACT)
          .build();

  /** The sessions and Hibernate's {@code QueryProducer}: whatever declares createQuery. */
  public static final ImmutableSet<String> QUERY_FACTORIES =
      ImmutableSet.<String>builder().addAll(SESSIONS).add(HibernateApi.QUERY_PRODUCER).build();

  private PersistenceSessions() {}

  public static boolean isSession(CharSequence qualifiedName) {
    return SESSIONS.contains(qualifiedName.toString());
  }

  public static boolean isQueryFactory(CharSequence qualifiedName) {
    return QUERY_FACTORIES.contains(qualifiedName.toString());
  }
}

package io.github.ormcheck.checker.frameworks;

import com.google.common.collect.ImmutableSet;

/** Hibernate ORM's native API, by name. */
public final class HibernateApi {
  public static final String SESSION = "org.hibernate.Session";
  public static final String STATELESS_SESSION = "org.hibernate.StatelessSession";
  public static final String SHARED_SESSION_CONTRACT = "org.hibernate.SharedSessionContract";
  public static final String QUERY_PRODUCER = "org.hibernate.query.QueryProducer";
  public static final String SELECTION_QUERY = "org.hibernate.query.SelectionQuery";
  public static final String LEGACY_QUERY = "org.hibernate.query.Query";
  /** {@code Hibernate.initialize} and {@code Hibernate.unproxy} load what they are given. */
  public static final String HIBERNATE = "org.hibernate.Hibernate";

  /** Session/QueryProducer methods that create a query from HQL text. */
  public static final ImmutableSet<String> CREATE_QUERY =
      ImmutableSet.of("createQuery", "createSelectionQuery", "createNamedQuery", "createNamedSelectionQuery");

  /** {@code session.byId(Order.class)}: the {@code IdentifierLoadAccess} whose methods load by id. */
  public static final String BY_ID = "byId";

  /** IdentifierLoadAccess methods that run one select by id (getReference returns a proxy, multiLoad batches). */
  public static final ImmutableSet<String> ID_LOADS = ImmutableSet.of("load", "loadOptional");

  /**
   * Hibernate's second-level cache on an entity ({@code @Cache(usage = READ_WRITE)}), and JPA's
   * {@code @Cacheable} (Hibernate's default shared-cache mode caches exactly those): a lookup by id
   * of such an entity is answered from the cache once it holds the row.
   */
  public static final String CACHE = "org.hibernate.annotations.Cache";

  public static final ImmutableSet<String> CACHEABLE = ImmutableSet.of("jakarta.persistence.Cacheable", "javax.persistence.Cacheable");

  private HibernateApi() {}
}

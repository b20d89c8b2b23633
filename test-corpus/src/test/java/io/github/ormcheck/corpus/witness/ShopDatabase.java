package io.github.ormcheck.corpus.witness;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The witness harness: the corpus's entities and Spring Data repositories on Hibernate with a
 * private in-memory H2 database, and a log of every SQL statement, so a test can show how many
 * round trips a piece of corpus code really costs.
 *
 * <pre>{@code
 * try (ShopDatabase db = ShopDatabase.shop()) {
 *   db.inTransaction(em -> seed(em, 100));
 *   long selects = db.count(em -> em.createQuery("from LineItem", LineItem.class).getResultList());
 * }
 * }</pre>
 */
public final class ShopDatabase implements AutoCloseable {
  public static final String SHOP = "io.github.ormcheck.corpus.shop";

  private final AnnotationConfigApplicationContext context;
  private final StatementLog log;
  private final RowCounter rows;

  private ShopDatabase(AnnotationConfigApplicationContext context, StatementLog log, RowCounter rows) {
    this.context = context;
    this.log = log;
    this.rows = rows;
  }

  /** Starts Hibernate on the shop's entities and Spring Data repositories. */
  public static ShopDatabase shop() {
    return start(factory -> factory.setPackagesToScan(SHOP), true, ShopDatabase::dataSource);
  }

  /** The shop on a given data source (a connection pool); the caller closes the pool. */
  public static ShopDatabase shop(DataSource dataSource) {
    return start(factory -> factory.setPackagesToScan(SHOP), true, () -> dataSource);
  }

  /**
   * The shop with Spring's declarative transactions as Spring Boot configures them
   * ({@code @EnableTransactionManagement} with class-based proxies) and these extra components,
   * typically {@code @Configuration} classes declaring corpus services as beans: beans with
   * {@code @Transactional} come back as transaction proxies.
   */
  public static ShopDatabase shopWithTransactionalBeans(Class<?>... components) {
    return start(
        factory -> factory.setPackagesToScan(SHOP),
        true,
        ShopDatabase::dataSource,
        context -> {
          context.register(DeclarativeTransactions.class);
          context.register(components);
        });
  }

  /** Starts Hibernate on exactly these entity classes, without repositories. */
  public static ShopDatabase of(Class<?>... entities) {
    return of(Map.of(), entities);
  }

  /**
   * Starts Hibernate on exactly these entity classes, without repositories, with these settings
   * added (such as {@code hibernate.default_batch_fetch_size}).
   */
  public static ShopDatabase of(Map<String, Object> settings, Class<?>... entities) {
    List<String> names = new ArrayList<>();
    for (Class<?> entity : entities) {
      names.add(entity.getName());
    }
    return start(
        factory -> {
          factory.setManagedTypes(PersistenceManagedTypes.of(names, List.of()));
          factory.getJpaPropertyMap().putAll(settings);
        },
        false,
        ShopDatabase::dataSource);
  }

  /**
   * Starts Hibernate on the entities of these names, loaded through {@code classes} (an {@link
   * EnhancingClassLoader}), without repositories.
   */
  public static ShopDatabase of(ClassLoader classes, List<String> entityNames) {
    return start(
        factory -> factory.setManagedTypes(PersistenceManagedTypes.of(entityNames, List.of())),
        false,
        ShopDatabase::dataSource,
        context -> context.setClassLoader(classes));
  }

  private static ShopDatabase start(
      Consumer<LocalContainerEntityManagerFactoryBean> entities,
      boolean repositories,
      java.util.function.Supplier<DataSource> dataSource) {
    return start(entities, repositories, dataSource, context -> {});
  }

  private static ShopDatabase start(
      Consumer<LocalContainerEntityManagerFactoryBean> entities,
      boolean repositories,
      java.util.function.Supplier<DataSource> dataSource,
      Consumer<AnnotationConfigApplicationContext> extraBeans) {
    StatementLog log = new StatementLog();
    RowCounter rows = new RowCounter();
    AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    context.registerBean(StatementLog.class, () -> log);
    context.registerBean(DataSource.class, () -> rows.wrap(dataSource.get()));
    context.registerBean(
        "entityManagerFactory",
        LocalContainerEntityManagerFactoryBean.class,
        () -> entityManagerFactory(context.getBean(DataSource.class), log, entities));
    context.registerBean(
        "transactionManager",
        PlatformTransactionManager.class,
        () -> new JpaTransactionManager(context.getBean(EntityManagerFactory.class)));
    if (repositories) {
      context.register(ShopRepositories.class);
    }
    extraBeans.accept(context);
    try {
      context.refresh();
    } catch (RuntimeException e) {
      context.close();
      throw e;
    }
    return new ShopDatabase(context, log, rows);
  }

  private static DataSource dataSource() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:witness-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return dataSource;
  }

  private static LocalContainerEntityManagerFactoryBean entityManagerFactory(
      DataSource dataSource,
      StatementLog log,
      Consumer<LocalContainerEntityManagerFactoryBean> entities) {
    LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
    factory.setDataSource(dataSource);
    factory.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
    factory.setJpaPropertyMap(
        Map.of(
            "hibernate.hbm2ddl.auto", "create-drop",
            "hibernate.session_factory.statement_inspector", log));
    entities.accept(factory);
    return factory;
  }

  @Configuration
  @EnableJpaRepositories(basePackages = SHOP + ".repository")
  static class ShopRepositories {}

  /** Spring Boot's default: transaction proxies that subclass the bean (CGLIB). */
  @Configuration
  @EnableTransactionManagement(proxyTargetClass = true)
  static class DeclarativeTransactions {}

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /** A new {@link TransactionTemplate} on the shop's transaction manager, as a service would get one. */
  public TransactionTemplate transactionTemplate() {
    return new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
  }

  /** Runs {@code work} in a transaction with a fresh persistence context. */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManagerFactory factory = context.getBean(EntityManagerFactory.class);
    return transactionTemplate()
        .execute(
            status ->
                work.apply(
                    org.springframework.orm.jpa.EntityManagerFactoryUtils
                        .getTransactionalEntityManager(factory)));
  }

  /** Runs {@code work} in a fresh transaction and returns the statements it issued. */
  public long count(Consumer<EntityManager> work) {
    log.clear();
    rows.clear();
    inTransaction(
        em -> {
          work.accept(em);
          em.flush();
          return null;
        });
    return log.statements().size();
  }

  /** The JDBC rows read since the last {@link #count}: every {@code ResultSet.next()} that found a row. */
  public long rowsRead() {
    return rows.rows();
  }

  public StatementLog log() {
    return log;
  }

  @Override
  public void close() {
    context.close();
  }
}

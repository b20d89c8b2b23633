package io.github.ormcheck.checker.config;

import io.github.ormcheck.checker.findings.Finding;
import io.github.ormcheck.checker.findings.Rule;
import io.github.ormcheck.checker.findings.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The configuration rules, {@code OpenSessionInView} and {@code ImplicitPoolSize}, over the
 * entries of an application's configuration files, and the configuration facts the code rules
 * use ({@code hibernate.default_batch_fetch_size}). Findings have the rules' default severity and
 * point at the line of the key they are about.
 */
public final class ConfigurationRules {
  private static final String OPEN_IN_VIEW = ConfigEntry.canonical("spring.jpa.open-in-view");
  private static final Set<String> POOL_SIZE_KEYS =
      Set.of(
          ConfigEntry.canonical("spring.datasource.hikari.maximum-pool-size"),
          ConfigEntry.canonical("quarkus.datasource.jdbc.max-size"),
          ConfigEntry.canonical("hibernate.hikari.maximumPoolSize"),
          ConfigEntry.canonical("hibernate.c3p0.max_size"),
          ConfigEntry.canonical("hibernate.connection.pool_size"),
          ConfigEntry.canonical("spring.jpa.properties.hibernate.hikari.maximumPoolSize"),
          ConfigEntry.canonical("spring.jpa.properties.hibernate.c3p0.max_size"),
          ConfigEntry.canonical("spring.jpa.properties.hibernate.connection.pool_size"));
  /** Keys whose presence means the application configures a JDBC URL, so a pool of its own. */
  private static final List<String> URL_KEYS =
      List.of(
          ConfigEntry.canonical("spring.datasource.url"),
          ConfigEntry.canonical("quarkus.datasource.jdbc.url"),
          ConfigEntry.canonical("jakarta.persistence.jdbc.url"),
          ConfigEntry.canonical("javax.persistence.jdbc.url"),
          ConfigEntry.canonical("hibernate.connection.url"));
  /** A container-managed data source: the pool is sized where it is defined, not here. */
  private static final Set<String> MANAGED_DATA_SOURCE_KEYS =
      Set.of(
          ConfigEntry.canonical("spring.datasource.jndi-name"),
          ConfigEntry.canonical("hibernate.connection.datasource"),
          ConfigEntry.canonical("jakarta.persistence.jtaDataSource"),
          ConfigEntry.canonical("javax.persistence.jtaDataSource"));
  private static final List<String> BATCH_FETCH_SIZE_KEYS =
      List.of(
          ConfigEntry.canonical("spring.jpa.properties.hibernate.default_batch_fetch_size"),
          ConfigEntry.canonical("hibernate.default_batch_fetch_size"));

  private ConfigurationRules() {}

  /**
   * @param entries the application's configuration, in {@link ConfigurationFiles} order
   * @param usesJpa whether JPA is on the application's class path; {@code OpenSessionInView}
   *     stays silent without it (a Spring JDBC application has no session to keep open)
   */
  public static List<Finding> check(List<ConfigEntry> entries, boolean usesJpa) {
    List<Finding> findings = new ArrayList<>();
    if (usesJpa) {
      openSessionInView(entries).ifPresent(findings::add);
    }
    implicitPoolSize(entries).ifPresent(findings::add);
    return findings;
  }

  static Optional<Finding> openSessionInView(List<ConfigEntry> entries) {
    List<ConfigEntry> spring = entries.stream().filter(e -> isSpringBoot(e) && e.canonicalKey().startsWith("spring.")).toList();
    List<ConfigEntry> openInView = spring.stream().filter(e -> e.canonicalKey().equals(OPEN_IN_VIEW)).toList();
    if (openInView.stream().anyMatch(e -> e.value().equalsIgnoreCase("false"))) {
      return Optional.empty();
    }
    if (!openInView.isEmpty()) {
      ConfigEntry on = openInView.get(0);
      return Optional.of(finding(Rule.OPEN_SESSION_IN_VIEW, on,
          "spring.jpa.open-in-view is " + on.value() + ": Spring keeps the persistence context open for the"
              + " whole web request, so lazy loading runs in views and serialisers (N+1 queries nobody"
              + " sees in the service) and each request holds a database connection until its response is"
              + " written. Set spring.jpa.open-in-view=false and load what a view needs in the service"
              + " (join fetch, an entity graph, a DTO projection).",
          "spring.jpa.open-in-view"));
    }
    Optional<ConfigEntry> anchor = spring.stream()
        .filter(e -> e.canonicalKey().startsWith("spring.jpa.") || e.canonicalKey().startsWith("spring.datasource."))
        .filter(e -> !ConfigurationFiles.isProfileFile(e.file()))
        .findFirst();
    return anchor.map(e -> finding(Rule.OPEN_SESSION_IN_VIEW, e,
        "spring.jpa.open-in-view is not set, and Spring Boot's default is true: the persistence context"
            + " stays open for the whole web request, so lazy loading runs in views and serialisers (N+1"
            + " queries nobody sees in the service) and each request holds a database connection until its"
            + " response is written. Add spring.jpa.open-in-view=false and load what a view needs in the"
            + " service (join fetch, an entity graph, a DTO projection).",
        "spring.jpa.open-in-view"));
  }

  static Optional<Finding> implicitPoolSize(List<ConfigEntry> entries) {
    if (entries.stream().anyMatch(e -> POOL_SIZE_KEYS.contains(e.canonicalKey())
        || MANAGED_DATA_SOURCE_KEYS.contains(e.canonicalKey()))) {
      return Optional.empty();
    }
    return entries.stream()
        .filter(e -> URL_KEYS.contains(e.canonicalKey()) && !e.value().isEmpty())
        .findFirst()
        .map(e -> finding(Rule.IMPLICIT_POOL_SIZE, e,
            e.key() + " configures a data source whose connection pool size is left at its default"
                + " (HikariCP 10, Quarkus Agroal 20, Hibernate's built-in pool 20, which is not meant for"
                + " production): too few connections queue requests behind long transactions, too many"
                + " overload the database. Set the size explicitly, for example"
                + " spring.datasource.hikari.maximum-pool-size, quarkus.datasource.jdbc.max-size or"
                + " hibernate.hikari.maximumPoolSize, from the database's connection limit and the number of"
                + " instances.",
            "data-source-pool-size"));
  }

  /**
   * {@code hibernate.default_batch_fetch_size} as configured (base files before profile files),
   * if it is a whole number.
   */
  public static OptionalInt defaultBatchFetchSize(List<ConfigEntry> entries) {
    for (ConfigEntry entry : entries) {
      if (BATCH_FETCH_SIZE_KEYS.contains(entry.canonicalKey())) {
        try {
          return OptionalInt.of(Integer.parseInt(entry.value().strip()));
        } catch (NumberFormatException notANumber) {
          // A placeholder such as ${BATCH_SIZE}: unknown, so assume none.
        }
      }
    }
    return OptionalInt.empty();
  }

  /** Spring Boot's own files, not persistence.xml. */
  private static boolean isSpringBoot(ConfigEntry entry) {
    return entry.file().getFileName().toString().startsWith("application");
  }

  private static Finding finding(Rule rule, ConfigEntry at, String message, String symbol) {
    SourceRange range = new SourceRange(at.file().toAbsolutePath().toUri(), at.line(), at.column(), at.line(), at.column() + Math.max(1, at.key().length()));
    return new Finding(rule, rule.defaultSeverity(), message, range, symbol, false);
  }
}

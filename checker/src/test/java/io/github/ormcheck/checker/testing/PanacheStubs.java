package io.github.ormcheck.checker.testing;

import com.google.errorprone.CompilationTestHelper;

/**
 * Minimal sources of Quarkus's Hibernate ORM with Panache (the entity base, its id-carrying
 * subclass, the repository interfaces and the query object), which the checks know by qualified
 * name; Quarkus is not on the checker's test class path.
 */
public final class PanacheStubs {
  private PanacheStubs() {}

  public static CompilationTestHelper add(CompilationTestHelper helper) {
    return helper
        .addSourceLines("io/quarkus/hibernate/orm/panache/PanacheQuery.java",
            "package io.quarkus.hibernate.orm.panache;",
            "public interface PanacheQuery<E> {",
            "  <T extends E> java.util.List<T> list();",
            "  <T extends E> T firstResult();",
            "  <T extends E> java.util.Optional<T> firstResultOptional();",
            "  long count();",
            "  PanacheQuery<E> page(int index, int size);",
            "  PanacheQuery<E> withHint(String name, Object value);",
            "}")
        .addSourceLines("io/quarkus/hibernate/orm/panache/PanacheEntityBase.java",
            "package io.quarkus.hibernate.orm.panache;",
            "public abstract class PanacheEntityBase {",
            "  public static <T extends PanacheEntityBase> T findById(Object id) { return null; }",
            "  public static <T extends PanacheEntityBase> PanacheQuery<T> find(String query, Object... params) { return null; }",
            "  public static <T extends PanacheEntityBase> java.util.List<T> list(String query, Object... params) { return null; }",
            "  public static <T extends PanacheEntityBase> java.util.List<T> listAll() { return null; }",
            "  public static long count(String query, Object... params) { return 0; }",
            "  public void persist() {}",
            "}")
        .addSourceLines("io/quarkus/hibernate/orm/panache/PanacheEntity.java",
            "package io.quarkus.hibernate.orm.panache;",
            "@jakarta.persistence.MappedSuperclass",
            "public abstract class PanacheEntity extends PanacheEntityBase {",
            "  @jakarta.persistence.Id @jakarta.persistence.GeneratedValue public Long id;",
            "}")
        .addSourceLines("io/quarkus/hibernate/orm/panache/PanacheRepositoryBase.java",
            "package io.quarkus.hibernate.orm.panache;",
            "public interface PanacheRepositoryBase<E, I> {",
            "  default E findById(I id) { return null; }",
            "  default PanacheQuery<E> find(String query, Object... params) { return null; }",
            "  default java.util.List<E> list(String query, Object... params) { return null; }",
            "  default java.util.List<E> listAll() { return null; }",
            "  default long count(String query, Object... params) { return 0; }",
            "  default void persist(E entity) {}",
            "}")
        .addSourceLines("io/quarkus/hibernate/orm/panache/PanacheRepository.java",
            "package io.quarkus.hibernate.orm.panache;",
            "public interface PanacheRepository<E> extends PanacheRepositoryBase<E, Long> {}");
  }
}

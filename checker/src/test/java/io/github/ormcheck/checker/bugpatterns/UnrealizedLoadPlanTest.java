package io.github.ormcheck.checker.bugpatterns;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class UnrealizedLoadPlanTest {
  private final CompilationTestHelper helper =
      LoadPlanSources.withShop(CompilationTestHelper.newInstance(UnrealizedLoadPlan.class, getClass()));

  @Test
  void realizedPlansAreSilent() {
    helper
        .addSourceLines("shop/Orders.java",
            "package shop;",
            "import io.github.ormcheck.annotations.LoadPlan;",
            "import java.util.*;",
            "import org.springframework.data.jpa.repository.*;",
            "interface Orders extends org.springframework.data.repository.Repository<Order, Long> {",
            "  @LoadPlan({\"customer\", \"lines\"})",
            "  @Query(\"select distinct o from Order o join fetch o.customer left join fetch o.lines\")",
            "  List<Order> findAllFetched();",
            "  @LoadPlan(\"customer\") @EntityGraph(attributePaths = \"customer\") List<Order> findByStatus(String s);",
            "  @LoadPlan(\"lines.origin\") @EntityGraph(attributePaths = \"lines\") List<Order> findByIdGreaterThan(long id);",
            "  @LoadPlan({}) List<Order> findByIdLessThan(long id);",
            "  @LoadPlan(\"customer\") @Query(value = \"select * from orders\", nativeQuery = true) List<Order> nativeQuery();",
            "  @LoadPlan(\"customer\") default List<Order> custom() { return findByIdLessThan(0); }",
            "}")
        .doTest();
  }

  @Test
  void unrealizedPathsAreReported() {
    helper
        .addSourceLines("shop/Orders.java",
            "package shop;",
            "import io.github.ormcheck.annotations.LoadPlan;",
            "import java.util.*;",
            "import org.springframework.data.jpa.repository.*;",
            "interface Orders extends org.springframework.data.repository.Repository<Order, Long> {",
            "  // BUG: Diagnostic contains: @LoadPlan declares 'customer', but Orders.findByStatus does not load it",
            "  @LoadPlan(\"customer\") List<Order> findByStatus(String s);",
            "  // BUG: Diagnostic contains: its @Query does not join-fetch it",
            "  @LoadPlan(\"customer\") @Query(\"select o from Order o join o.customer c\") List<Order> joinedOnly();",
            "  // BUG: Diagnostic contains: 'lines.order'",
            "  @LoadPlan(\"lines.order\") @Query(\"select o from Order o left join fetch o.lines\") List<Order> shallow();",
            "}")
        .doTest();
  }

  @Test
  void methodsThatRunOneQuery() {
    helper
        .addSourceLines("shop/OrderQueries.java",
            "package shop;",
            "import io.github.ormcheck.annotations.LoadPlan;",
            "import jakarta.persistence.EntityManager;",
            "import java.util.*;",
            "class OrderQueries {",
            "  EntityManager em;",
            "  @LoadPlan(\"customer\") List<Order> fetched() {",
            "    return em.createQuery(\"select o from Order o join fetch o.customer\", Order.class).getResultList();",
            "  }",
            "  // BUG: Diagnostic contains: OrderQueries.plain's query does not load it",
            "  @LoadPlan(\"customer\") List<Order> plain() {",
            "    List<Order> found = em.createQuery(\"select o from Order o\", Order.class).getResultList();",
            "    return found;",
            "  }",
            "  @LoadPlan(\"customer\") List<Order> twoReturns(boolean b) {",
            "    if (b) { return List.of(); }",
            "    return em.createQuery(\"select o from Order o\", Order.class).getResultList();",
            "  }",
            "  @LoadPlan(\"customer\") List<Order> dynamic(String q) {",
            "    return em.createQuery(q, Order.class).getResultList();",
            "  }",
            "}")
        .doTest();
  }

  /**
   * With the application's default_batch_fetch_size above 1, a lazy path loads in batches, not
   * once per owner: the plan holds. Both spellings of the option count.
   */
  @Test
  void aDefaultBatchFetchSizeRealizesLazyPaths() {
    for (String option : new String[] {"-Aormcheck.defaultBatchFetchSize=16", "-XepOpt:OrmCheck:DefaultBatchFetchSize=16"}) {
      LoadPlanSources.withShop(CompilationTestHelper.newInstance(UnrealizedLoadPlan.class, getClass()))
          .setArgs(option)
          .addSourceLines("shop/Orders.java",
              "package shop;",
              "import io.github.ormcheck.annotations.LoadPlan;",
              "import java.util.*;",
              "interface Orders extends org.springframework.data.repository.Repository<Order, Long> {",
              "  @LoadPlan(\"customer\") List<Order> findByStatus(String s);",
              "}")
          .doTest();
    }
  }
}

package io.github.ormcheck.checker.bugpatterns;

import com.google.errorprone.CompilationTestHelper;
import io.github.ormcheck.checker.testing.PanacheStubs;
import org.junit.jupiter.api.Test;

/** MultipleBagFetch (query side), negatives first, then every source kind. */
class MultipleBagFetchTest {
  private final CompilationTestHelper helper =
      CollectionFetchFixtures.shop(CompilationTestHelper.newInstance(MultipleBagFetch.class, getClass()));

  @Test
  void silentOnOneBagSetsIndexedListsAndUnreadableQueries() {
    helper
        .addSourceLines("shop/OrderRepository.java",
            "package shop;",
            "import java.util.List;",
            "import org.springframework.data.jpa.repository.*;",
            "public interface OrderRepository extends org.springframework.data.repository.Repository<Order, Long> {",
            "  @Query(\"select o from Order o join fetch o.lines join fetch o.tags\") List<Order> bagAndSet();",
            "  @Query(\"select o from Order o join fetch o.lines join fetch o.notes\") List<Order> bagAndIndexedList();",
            "  @Query(\"select o from Order o join o.lines l join l.labels\") List<Order> plainJoinsOfTwoBags();",
            "  @Query(\"select o from Order o join fetch o.lines l join fetch l.product\") List<Order> bagAndToOne();",
            "  @Query(value = \"select o.* from orders o join line l on l.order_id = o.id\", nativeQuery = true) List<Order> nativeQuery();",
            "  @Query(\"select o from Order o join fetch o.lines l join fetch l.labels where o.id = \") List<Order> truncated();",
            "  @EntityGraph(attributePaths = {\"lines\", \"tags\"}) List<Order> findByIdGreaterThan(long id);",
            "}")
        .doTest();
  }

  @Test
  void silentOnAnotherJpaProviderUnlessTheOptionsNameHibernate() {
    String eclipseLink = "package org.eclipse.persistence.jpa; public class PersistenceProvider {}";
    String twoBags = String.join("\n",
        "package shop;",
        "import java.util.List;",
        "import org.springframework.data.jpa.repository.*;",
        "public interface OrderRepository extends org.springframework.data.repository.Repository<Order, Long> {",
        "  // Hibernate throws MultipleBagFetchException here; EclipseLink does not.",
        "  @Query(\"select o from Order o join fetch o.lines l join fetch l.labels\") List<Order> nestedBags();",
        "}");
    helper
        .addSourceLines("org/eclipse/persistence/jpa/PersistenceProvider.java", eclipseLink)
        .addSourceLines("shop/OrderRepository.java", twoBags)
        .expectNoDiagnostics()
        .doTest();
    CollectionFetchFixtures.shop(CompilationTestHelper.newInstance(MultipleBagFetch.class, getClass()))
        .setArgs("-XepOpt:OrmCheck:HibernateVersion=6.6")
        .addSourceLines("org/eclipse/persistence/jpa/PersistenceProvider.java", eclipseLink)
        .addSourceLines("shop/OrderRepository.java",
            twoBags.replace("  @Query(", "  // BUG: Diagnostic contains: MultipleBagFetchException\n  @Query("))
        .doTest();
  }

  @Test
  void flagsTwoBagsInQueriesGraphsAndCalls() {
    helper
        .addSourceLines("shop/OrderRepository.java",
            "package shop;",
            "import java.util.List;",
            "import org.springframework.data.jpa.repository.*;",
            "public interface OrderRepository extends org.springframework.data.repository.Repository<Order, Long> {",
            "  // BUG: Diagnostic contains: Fetches 2 bags of Order in one select (lines, lines.labels; a List or Collection without @OrderColumn): Hibernate throws MultipleBagFetchException",
            "  @Query(\"select o from Order o join fetch o.lines l join fetch l.labels\") List<Order> nestedBags();",
            "  // BUG: Diagnostic contains: (lines, lines.product.tags",
            "  @Query(\"select o from Order o join fetch o.lines l join fetch l.product p join fetch p.tags\") List<Order> bagsThroughToOne();",
            "  // BUG: Diagnostic contains: rows = orders x lines x labels",
            "  @EntityGraph(attributePaths = {\"lines.labels\", \"customer\"}) List<Order> findByIdGreaterThan(long id);",
            "}")
        .addSourceLines("shop/Invoice.java",
            "package shop;",
            "import jakarta.persistence.*;",
            "@NamedQueries({",
            "  // BUG: Diagnostic contains: MultipleBagFetchException",
            "  @NamedQuery(name = \"Invoice.bags\", query = \"select o from Order o join fetch o.lines l join fetch l.labels\")",
            "})",
            "@Entity public class Invoice {",
            "  @Id Long id;",
            "  @OneToMany java.util.List<Line> lines;",
            "  @ManyToMany java.util.Collection<Tag> tags;",
            "}")
        .addSourceLines("shop/InvoiceGraphs.java",
            "package shop;",
            "import jakarta.persistence.*;",
            "// BUG: Diagnostic contains: (lines, tags",
            "@NamedEntityGraph(name = \"Invoice.all\", attributeNodes = {@NamedAttributeNode(\"lines\"), @NamedAttributeNode(\"tags\")})",
            "@Entity class InvoiceGraphs {",
            "  @Id Long id;",
            "  @OneToMany java.util.List<Line> lines;",
            "  @ManyToMany java.util.Collection<Tag> tags;",
            "}")
        .addSourceLines("shop/Reports.java",
            "package shop;",
            "import jakarta.persistence.EntityManager;",
            "class Reports {",
            "  EntityManager em;",
            "  void run() {",
            "    // BUG: Diagnostic contains: rows = invoices x lines x tags",
            "    em.createQuery(\"select i from Invoice i join fetch i.lines join fetch i.tags\", Invoice.class).getResultList();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void flagsTwoBagsInACriteriaQuery() {
    helper
        .addSourceLines("shop/Criteria.java",
            "package shop;",
            "import jakarta.persistence.EntityManager;",
            "import jakarta.persistence.criteria.*;",
            "class Criteria {",
            "  EntityManager em;",
            "  void run() {",
            "    Root<Order> order = em.getCriteriaBuilder().createQuery(Order.class).from(Order.class);",
            "    order.fetch(\"tags\");",
            "    // BUG: Diagnostic contains: Fetches 2 bags of Order in one select (lines, lines.labels",
            "    order.fetch(\"lines\").fetch(\"labels\");",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void panacheQueriesAreReadWhenTheyAreHql() {
    PanacheStubs.add(helper)
        .addSourceLines("shop/OrderRepo.java",
            "package shop;",
            "public class OrderRepo implements io.quarkus.hibernate.orm.panache.PanacheRepository<Order> {}")
        .addSourceLines("shop/PanacheQueries.java",
            "package shop;",
            "import java.util.List;",
            "class PanacheQueries {",
            "  OrderRepo orders;",
            "  List<Order> both() {",
            "    // BUG: Diagnostic contains: Fetches 2 bags",
            "    return orders.list(\"select o from Order o join fetch o.lines l join fetch l.labels\");",
            "  }",
            "  List<Order> shortened() { return orders.list(\"lines is not empty\"); }",
            "  List<Order> oneBag() { return orders.find(\"from Order o join fetch o.lines join fetch o.tags\").list(); }",
            "}")
        .doTest();
  }
}

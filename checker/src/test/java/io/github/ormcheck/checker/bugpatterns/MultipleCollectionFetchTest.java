package io.github.ormcheck.checker.bugpatterns;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/** MultipleCollectionFetch, negatives first, then every source kind. */
class MultipleCollectionFetchTest {
  private final CompilationTestHelper helper =
      CollectionFetchFixtures.shop(CompilationTestHelper.newInstance(MultipleCollectionFetch.class, getClass()));

  @Test
  void onAnotherJpaProviderJoinFetchedBagsAreReportedHereAndGraphsNot() {
    helper
        .addSourceLines("org/eclipse/persistence/jpa/PersistenceProvider.java",
            "package org.eclipse.persistence.jpa; public class PersistenceProvider {}")
        .addSourceLines("shop/OrderRepository.java",
            "package shop;",
            "import java.util.List;",
            "import org.springframework.data.jpa.repository.*;",
            "public interface OrderRepository extends org.springframework.data.repository.Repository<Order, Long> {",
            "  // No MultipleBagFetchException without Hibernate, but the join still multiplies the rows.",
            "  // BUG: Diagnostic contains: Fetches 2 collections of Order in one select (lines, lines.labels)",
            "  @Query(\"select o from Order o join fetch o.lines l join fetch l.labels\") List<Order> nestedBags();",
            "  // A load graph: EclipseLink loads its collections without joining them.",
            "  @EntityGraph(attributePaths = {\"lines\", \"tags\"}) List<Order> findByIdGreaterThan(long id);",
            "}")
        .doTest();
  }

  @Test
  void silentOnOneCollectionPlainJoinsNativeAndUnreadableQueries() {
    helper
        .addSourceLines("shop/OrderRepository.java",
            "package shop;",
            "import java.util.List;",
            "import org.springframework.data.jpa.repository.*;",
            "public interface OrderRepository extends org.springframework.data.repository.Repository<Order, Long> {",
            "  @Query(\"select o from Order o join fetch o.customer join fetch o.lines\") List<Order> toOnePlusCollection();",
            "  @Query(\"select o from Order o join o.lines l join o.tags t where t.id = 1\") List<Order> plainJoins();",
            "  @Query(\"select o from Order o join fetch o.lines l join fetch l.product p\") List<Order> nestedToOne();",
            "  @Query(\"select o from Order o left join fetch o.tags where exists (select l from Line l join l.discounts d where l.order = o)\")",
            "  List<Order> collectionInSubquery();",
            "  @Query(value = \"select * from orders o join line l on l.order_id = o.id join tag t\", nativeQuery = true) List<Order> nativeQuery();",
            "  @Query(\"select o from Order o join fetch o.lines join fetch o.tags where\") List<Order> truncated();",
            "  @Query(\"select o from Order o join fetch o.lines join fetch o.nothing\") List<Order> unknownAttribute();",
            "  @Query(\"select o from Order o join fetch o.lines join fetch o.customer.referrer\") List<Order> dottedToOnes();",
            "  @EntityGraph(attributePaths = {\"customer\", \"lines.product\"}) List<Order> findByIdGreaterThan(long id);",
            "  @EntityGraph(\"Order.everything\") List<Order> findByIdLessThan(long id);",
            "  @Query(\"select o from Order o join fetch o.lines l join fetch l.labels\") List<Order> twoBagsAreTheOtherRule();",
            "  @SuppressWarnings(\"MultipleCollectionFetch\")",
            "  @Query(\"select o from Order o join fetch o.lines join fetch o.tags\") List<Order> suppressed();",
            "}")
        .addSourceLines("shop/Reports.java",
            "package shop;",
            "import jakarta.persistence.EntityManager;",
            "class Reports {",
            "  EntityManager em;",
            "  void notConstant(String fetches) {",
            "    em.createQuery(\"select o from Order o \" + fetches, Order.class).getResultList();",
            "  }",
            "  void ids() {",
            "    em.createQuery(\"select o.id from Order o join o.lines join o.tags\", Long.class).getResultList();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void flagsRepositoryQueriesAndEntityGraphs() {
    helper
        .addSourceLines("shop/OrderRepository.java",
            "package shop;",
            "import java.util.List;",
            "import org.springframework.data.jpa.repository.*;",
            "public interface OrderRepository extends org.springframework.data.repository.Repository<Order, Long> {",
            "  // BUG: Diagnostic contains: Fetches 2 collections of Order in one select (lines, tags): rows multiply, rows = orders x lines x tags",
            "  @Query(\"select distinct o from Order o left join fetch o.lines left join fetch o.tags\")",
            "  List<Order> bagAndSet();",
            "  // BUG: Diagnostic contains: (lines, lines.discounts): rows multiply, rows = orders x lines x discounts",
            "  @Query(\"select o from Order o join fetch o.lines l join fetch l.discounts\") List<Order> nested();",
            "  // BUG: Diagnostic contains: (tags, notes)",
            "  @Query(\"from Order o join fetch o.tags join fetch o.notes\") List<Order> setAndIndexedList();",
            "  // BUG: Diagnostic contains: (lines, tags)",
            "  @EntityGraph(attributePaths = {\"lines\", \"tags\", \"customer\"}) List<Order> findByIdGreaterThan(long id);",
            "  // BUG: Diagnostic contains: Fetch one collection per query",
            "  @EntityGraph(attributePaths = \"lines.discounts\") List<Order> findByIdLessThan(long id);",
            "}")
        .doTest();
  }

  @Test
  void flagsNamedQueriesAndNamedGraphsAtTheirDefinition() {
    helper
        .addSourceLines("shop/Invoice.java",
            "package shop;",
            "import jakarta.persistence.*;",
            "// BUG: Diagnostic contains: (lines, tags)",
            "@NamedQuery(name = \"Invoice.orders\", query = \"select o from Order o join fetch o.lines join fetch o.tags\")",
            "@NamedQueries({",
            "  @NamedQuery(name = \"Invoice.plain\", query = \"select o from Order o join fetch o.lines\"),",
            "  // BUG: Diagnostic contains: (tags, notes)",
            "  @NamedQuery(name = \"Invoice.notes\", query = \"select o from Order o join fetch o.tags join fetch o.notes\")",
            "})",
            "@Entity public class Invoice { @Id Long id; }")
        .addSourceLines("shop/GraphHolder.java",
            "package shop;",
            "import jakarta.persistence.*;",
            "@Entity @Table(name = \"orders\")",
            "@NamedEntityGraphs({",
            "  @NamedEntityGraph(name = \"Order.customer\", attributeNodes = {@NamedAttributeNode(\"customer\"), @NamedAttributeNode(\"tags\")}),",
            "  // BUG: Diagnostic contains: (lines, lines.discounts)",
            "  @NamedEntityGraph(name = \"Order.discounts\", attributeNodes = @NamedAttributeNode(value = \"lines\", subgraph = \"line\"),",
            "      subgraphs = @NamedSubgraph(name = \"line\", attributeNodes = @NamedAttributeNode(\"discounts\")))",
            "})",
            "class GraphHolder {",
            "  @Id Long id;",
            "  @OneToMany java.util.List<Line> lines;",
            "  @ManyToMany java.util.Set<Tag> tags;",
            "  @ManyToOne(fetch = FetchType.LAZY) Customer customer;",
            "}")
        .doTest();
  }

  @Test
  void flagsCreateQueryWithConstantText() {
    helper
        .addSourceLines("shop/Reports.java",
            "package shop;",
            "import jakarta.persistence.EntityManager;",
            "import org.hibernate.Session;",
            "class Reports {",
            "  private static final String ORDERS = \"select o from Order o \";",
            "  static final String WITH_TAGS = ORDERS + \"join fetch o.lines join fetch o.tags\";",
            "  EntityManager em;",
            "  Session session;",
            "  void run() {",
            "    // BUG: Diagnostic contains: rows = orders x lines x tags",
            "    em.createQuery(WITH_TAGS, Order.class).getResultList();",
            "    // BUG: Diagnostic contains: rows = orders x tags x notes",
            "    em.createQuery(ORDERS + \"join fetch o.tags join fetch o.notes\").getResultList();",
            "    // BUG: Diagnostic contains: rows = orders x tags x lines",
            "    em.createQuery(\"\"\"",
            "        select o from Order o",
            "        join fetch o.tags join fetch o.lines",
            "        \"\"\", Order.class).getResultList();",
            "    // BUG: Diagnostic contains: rows = orders x lines x discounts",
            "    session.createSelectionQuery(\"from Order o join fetch o.lines l join fetch l.discounts\", Order.class).getResultList();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void flagsCriteriaFetchesOfOneRootAndStaysSilentWhenUntraceable() {
    helper
        .addSourceLines("shop/Criteria.java",
            "package shop;",
            "import jakarta.persistence.EntityManager;",
            "import jakarta.persistence.criteria.*;",
            "class Criteria {",
            "  EntityManager em;",
            "  void bagAndSet() {",
            "    CriteriaQuery<Order> query = em.getCriteriaBuilder().createQuery(Order.class);",
            "    Root<Order> order = query.from(Order.class);",
            "    order.fetch(\"lines\", JoinType.LEFT);",
            "    // BUG: Diagnostic contains: rows = orders x lines x tags",
            "    order.fetch(\"tags\", JoinType.LEFT);",
            "  }",
            "  void nestedThroughAVariable() {",
            "    Root<Order> order = em.getCriteriaBuilder().createQuery(Order.class).from(Order.class);",
            "    Fetch<Order, Line> line = order.fetch(\"lines\");",
            "    // BUG: Diagnostic contains: (lines, lines.discounts)",
            "    line.fetch(\"discounts\");",
            "  }",
            "  void oneCollectionAndToOnes() {",
            "    Root<Order> order = em.getCriteriaBuilder().createQuery(Order.class).from(Order.class);",
            "    order.fetch(\"customer\");",
            "    order.fetch(\"lines\").fetch(\"product\");",
            "  }",
            "  void plainJoins() {",
            "    Root<Order> order = em.getCriteriaBuilder().createQuery(Order.class).from(Order.class);",
            "    order.join(\"lines\");",
            "    order.join(\"tags\");",
            "  }",
            "  void untraceable(From<Order, Order> from, String attribute) {",
            "    from.fetch(\"lines\");",
            "    from.fetch(\"tags\");",
            "    Root<Order> order = em.getCriteriaBuilder().createQuery(Order.class).from(Order.class);",
            "    order.fetch(\"lines\");",
            "    order.fetch(attribute);",
            "  }",
            "  void twoBagsAreTheOtherRule() {",
            "    Root<Order> order = em.getCriteriaBuilder().createQuery(Order.class).from(Order.class);",
            "    order.fetch(\"lines\").fetch(\"labels\");",
            "  }",
            "  interface Spec { void apply(Root<Order> root); }",
            "  // Fetches in a lambda (a Specification) and in a method of an anonymous class: each",
            "  // reported once, at the fetch that multiplies.",
            "  Spec inALambda() {",
            "    return root -> {",
            "      Root<Order> order = em.getCriteriaBuilder().createQuery(Order.class).from(Order.class);",
            "      order.fetch(\"lines\", JoinType.LEFT);",
            "      // BUG: Diagnostic contains: rows = orders x lines x tags",
            "      order.fetch(\"tags\", JoinType.LEFT);",
            "    };",
            "  }",
            "  Spec inAnAnonymousClass() {",
            "    Root<Order> outer = em.getCriteriaBuilder().createQuery(Order.class).from(Order.class);",
            "    outer.fetch(\"lines\");",
            "    return new Spec() {",
            "      @Override public void apply(Root<Order> root) {",
            "        Root<Order> order = em.getCriteriaBuilder().createQuery(Order.class).from(Order.class);",
            "        order.fetch(\"lines\");",
            "        // BUG: Diagnostic contains: rows = orders x lines x tags",
            "        order.fetch(\"tags\");",
            "      }",
            "    };",
            "  }",
            "}")
        .doTest();
  }
}

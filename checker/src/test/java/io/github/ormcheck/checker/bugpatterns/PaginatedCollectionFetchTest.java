package io.github.ormcheck.checker.bugpatterns;

import com.google.errorprone.CompilationTestHelper;
import io.github.ormcheck.checker.testing.PanacheStubs;
import org.junit.jupiter.api.Test;

/** PaginatedCollectionFetch, negatives first, then every kind of pagination and both versions. */
class PaginatedCollectionFetchTest {
  private final CompilationTestHelper helper =
      CollectionFetchFixtures.shop(CompilationTestHelper.newInstance(PaginatedCollectionFetch.class, getClass()))
          .addSourceLines("shop/Fetching.java",
              "package shop;",
              "public interface Fetching {",
              "  String LINES = \"select o from Order o join fetch o.lines\";",
              "}");

  @Test
  void silentWithoutPaginationOrWithoutACollectionAndForIdsFirst() {
    helper
        .setArgs("-XepOpt:OrmCheck:HibernateVersion=6.6")
        .addSourceLines("shop/OrderRepository.java",
            "package shop;",
            "import java.util.List;",
            "import org.springframework.data.domain.*;",
            "import org.springframework.data.jpa.repository.*;",
            "public interface OrderRepository extends org.springframework.data.repository.Repository<Order, Long> {",
            "  @Query(\"select o from Order o join fetch o.lines\") List<Order> unpaged();",
            "  @Query(\"select o from Order o join fetch o.customer\") Page<Order> toOnePaged(Pageable page);",
            "  @Query(\"select o.id from Order o order by o.id\") Page<Long> pageIds(Pageable page);",
            "  @Query(\"select o from Order o join fetch o.lines where o.id in :ids\") List<Order> byIds(List<Long> ids);",
            "  @Query(value = \"select o.* from orders o join line l on l.order_id = o.id\", nativeQuery = true) Page<Order> nativePage(Pageable p);",
            "  @EntityGraph(attributePaths = \"customer\") List<Order> findTop10ByIdGreaterThan(long id);",
            "  List<Order> findFirst5ByIdGreaterThan(long id);",
            "  // Spring Data does not derive a limit from the name of a @Query method.",
            "  @Query(\"select o from Order o join fetch o.lines\") List<Order> findTop5ByIdLessThan(long id);",
            "}")
        .addSourceLines("shop/Reports.java",
            "package shop;",
            "import jakarta.persistence.EntityManager;",
            "import java.util.List;",
            "class Reports {",
            "  EntityManager em;",
            "  List<Order> idsFirst() {",
            "    List<Long> ids = em.createQuery(\"select o.id from Order o order by o.id\", Long.class)",
            "        .setFirstResult(20).setMaxResults(10).getResultList();",
            "    return em.createQuery(\"select o from Order o join fetch o.lines where o.id in :ids\", Order.class)",
            "        .setParameter(\"ids\", ids).getResultList();",
            "  }",
            "  void toOne() {",
            "    em.createQuery(\"select o from Order o join fetch o.customer\", Order.class).setMaxResults(10).getResultList();",
            "  }",
            "  void unreadable(String query) {",
            "    em.createQuery(query, Order.class).setMaxResults(10).getResultList();",
            "    em.createQuery(\"select o from Order o join fetch o.lines where\", Order.class).setMaxResults(10).getResultList();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void silentOnAnotherJpaProviderWithoutHibernate() {
    helper
        .addSourceLines("org/apache/openjpa/persistence/PersistenceProviderImpl.java",
            "package org.apache.openjpa.persistence; public class PersistenceProviderImpl {}")
        .addSourceLines("shop/OrderRepository.java",
            "package shop;",
            "import org.springframework.data.domain.*;",
            "import org.springframework.data.jpa.repository.*;",
            "public interface OrderRepository extends org.springframework.data.repository.Repository<Order, Long> {",
            "  // Hibernate pages this in memory; OpenJPA is another story, not this rule's.",
            "  @Query(\"select o from Order o join fetch o.lines\") Page<Order> paged(Pageable page);",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void flagsRepositoryPaginationBeforeHibernate74AsInMemory() {
    helper
        .setArgs("-XepOpt:OrmCheck:HibernateVersion=6.6")
        .addSourceLines("shop/OrderRepository.java",
            "package shop;",
            "import java.util.List;",
            "import org.springframework.data.domain.*;",
            "import org.springframework.data.jpa.repository.*;",
            "public interface OrderRepository extends org.springframework.data.repository.Repository<Order, Long> {",
            "  // BUG: Diagnostic contains: Pages a query that fetches the collection lines of Order (paged by its Pageable parameter). This build uses Hibernate 6.6, which reads every row of the join and pages in memory (warning HHH90003004): the whole result for each page.",
            "  @Query(\"select o from Order o join fetch o.lines\") List<Order> page(Pageable page);",
            "  // BUG: Diagnostic contains: (paged by its Page result)",
            "  @Query(value = Fetching.LINES, countQuery = \"select count(o) from Order o\") Page<Order> pageResult(String x);",
            "  // BUG: Diagnostic contains: (paged by its Limit parameter)",
            "  @EntityGraph(attributePaths = \"tags\") List<Order> findByIdGreaterThan(long id, Limit limit);",
            "  // BUG: Diagnostic contains: (paged by its name (findTop10ByIdLessThan limits the rows))",
            "  @EntityGraph(attributePaths = {\"customer\", \"lines.discounts\"}) List<Order> findTop10ByIdLessThan(long id);",
            "  // BUG: Diagnostic contains: Page the ids first",
            "  @EntityGraph(\"Order.lines\") Page<Order> findByIdBetween(long a, long b, Pageable page);",
            "  // BUG: Diagnostic contains: (paged by its limit/offset clause)",
            "  @Query(\"select o from Order o join fetch o.tags order by o.id limit 10\") List<Order> limited();",
            "}")
        .doTest();
  }

  @Test
  void flagsQueryChainsAndSaysWhatHibernate74Does() {
    helper
        .setArgs("-XepOpt:OrmCheck:HibernateVersion=7.4")
        .addSourceLines("shop/Reports.java",
            "package shop;",
            "import jakarta.persistence.EntityManager;",
            "import org.hibernate.Session;",
            "class Reports {",
            "  EntityManager em;",
            "  Session session;",
            "  void run() {",
            "    em.createQuery(Fetching.LINES, Order.class)",
            "        // BUG: Diagnostic contains: (paged by setFirstResult). This build uses Hibernate 7.4, which pages the parents in a subquery and joins the collection to that page (HHH-19933; measured on 7.4.13 with H2: only the page's rows are read), except where it cannot",
            "        .setFirstResult(20)",
            "        .setMaxResults(10)",
            "        .getResultList();",
            "    // BUG: Diagnostic contains: (paged by setMaxResults)",
            "    session.createSelectionQuery(\"from Order o join fetch o.tags\", Order.class).setMaxResults(5).getResultList();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void silentOnQueryVariablesItCannotFollowOrThatDoNotPage() {
    helper
        .setArgs("-XepOpt:OrmCheck:HibernateVersion=6.6")
        .addSourceLines("shop/Reports.java",
            "package shop;",
            "import jakarta.persistence.EntityManager;",
            "import jakarta.persistence.TypedQuery;",
            "import java.util.List;",
            "class Reports {",
            "  EntityManager em;",
            "  TypedQuery<Order> field;",
            "  List<Order> reassigned(boolean all) {",
            "    TypedQuery<Order> query = em.createQuery(Fetching.LINES, Order.class);",
            "    if (!all) {",
            "      query = em.createQuery(\"select o from Order o\", Order.class);",
            "    }",
            "    query.setMaxResults(10);",
            "    return query.getResultList();",
            "  }",
            "  List<Order> given(TypedQuery<Order> query) {",
            "    return query.setMaxResults(10).getResultList();",
            "  }",
            "  List<Order> inAField() {",
            "    return field.setMaxResults(10).getResultList();",
            "  }",
            "  List<Order> unpaged() {",
            "    TypedQuery<Order> query = em.createQuery(Fetching.LINES, Order.class);",
            "    return query.getResultList();",
            "  }",
            "  List<Order> toOne() {",
            "    TypedQuery<Order> query = em.createQuery(\"select o from Order o join fetch o.customer\", Order.class);",
            "    query.setMaxResults(10);",
            "    return query.getResultList();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void flagsAQueryHeldInAVariableOnceAtItsFirstPagination() {
    helper
        .setArgs("-XepOpt:OrmCheck:HibernateVersion=6.6")
        .addSourceLines("shop/Reports.java",
            "package shop;",
            "import jakarta.persistence.EntityManager;",
            "import jakarta.persistence.TypedQuery;",
            "import java.util.List;",
            "class Reports {",
            "  EntityManager em;",
            "  List<Order> page(int first) {",
            "    TypedQuery<Order> query = em.createQuery(Fetching.LINES, Order.class);",
            "    // BUG: Diagnostic contains: (paged by setFirstResult). This build uses Hibernate 6.6, which reads every row",
            "    query.setFirstResult(first);",
            "    query.setMaxResults(10);",
            "    return query.getResultList();",
            "  }",
            "  List<Order> withParameters() {",
            "    var query = em.createQuery(\"select o from Order o join fetch o.tags where o.id > :id\", Order.class);",
            "    // BUG: Diagnostic contains: (paged by setMaxResults)",
            "    List<Order> first = query.setParameter(\"id\", 5L).setMaxResults(10).getResultList();",
            "    query.setFirstResult(10);",
            "    return first;",
            "  }",
            "  List<Order> pagedWhereCreated() {",
            "    TypedQuery<Order> query = em.createQuery(Fetching.LINES, Order.class)",
            "        // BUG: Diagnostic contains: (paged by setMaxResults)",
            "        .setMaxResults(10);",
            "    query.setFirstResult(10);",
            "    return query.getResultList();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void flagsACriteriaQueryWhoseRootFetchesACollection() {
    helper
        .setArgs("-XepOpt:OrmCheck:HibernateVersion=6.6")
        .addSourceLines("shop/CriteriaPages.java",
            "package shop;",
            "import jakarta.persistence.EntityManager;",
            "import jakarta.persistence.TypedQuery;",
            "import jakarta.persistence.criteria.*;",
            "import java.util.List;",
            "class CriteriaPages {",
            "  EntityManager em;",
            "  List<Order> paged(String name) {",
            "    CriteriaBuilder builder = em.getCriteriaBuilder();",
            "    CriteriaQuery<Order> criteria = builder.createQuery(Order.class);",
            "    Root<Order> order = criteria.from(Order.class);",
            "    order.fetch(\"lines\", JoinType.LEFT);",
            "    criteria.where(builder.equal(order.get(\"customer\").get(\"name\"), name));",
            "    return em.createQuery(criteria)",
            "        // BUG: Diagnostic contains: Pages a query that fetches the collection lines of Order (paged by setMaxResults)",
            "        .setMaxResults(5)",
            "        .getResultList();",
            "  }",
            "  List<Order> pagedThroughAVariable() {",
            "    CriteriaQuery<Order> criteria = em.getCriteriaBuilder().createQuery(Order.class);",
            "    Root<Order> order = criteria.from(Order.class);",
            "    order.fetch(\"tags\");",
            "    TypedQuery<Order> query = em.createQuery(criteria);",
            "    // BUG: Diagnostic contains: (paged by setFirstResult)",
            "    query.setFirstResult(20);",
            "    query.setMaxResults(10);",
            "    return query.getResultList();",
            "  }",
            "  List<Order> toOnesOnly() {",
            "    CriteriaQuery<Order> criteria = em.getCriteriaBuilder().createQuery(Order.class);",
            "    Root<Order> order = criteria.from(Order.class);",
            "    order.fetch(\"customer\");",
            "    return em.createQuery(criteria).setMaxResults(5).getResultList();",
            "  }",
            "  List<Order> notPaged() {",
            "    CriteriaQuery<Order> criteria = em.getCriteriaBuilder().createQuery(Order.class);",
            "    criteria.from(Order.class).fetch(\"lines\");",
            "    return em.createQuery(criteria).getResultList();",
            "  }",
            "  List<Order> anotherQueryIsPaged() {",
            "    CriteriaBuilder builder = em.getCriteriaBuilder();",
            "    CriteriaQuery<Order> withLines = builder.createQuery(Order.class);",
            "    Root<Order> fetched = withLines.from(Order.class);",
            "    fetched.fetch(\"lines\");",
            "    CriteriaQuery<Order> ids = builder.createQuery(Order.class);",
            "    ids.from(Order.class);",
            "    em.createQuery(ids).setMaxResults(10).getResultList();",
            "    return em.createQuery(withLines).getResultList();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void saysWhenTheVersionIsUnknown() {
    helper
        .addSourceLines("shop/Reports.java",
            "package shop;",
            "import jakarta.persistence.EntityManager;",
            "class Reports {",
            "  EntityManager em;",
            "  void run() {",
            "    // BUG: Diagnostic contains: The Hibernate version is unknown here",
            "    em.createQuery(Fetching.LINES, Order.class).setMaxResults(10).getResultList();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void panachePaging() {
    PanacheStubs.add(helper)
        .setArgs("-XepOpt:OrmCheck:HibernateVersion=6.6")
        .addSourceLines("shop/OrderRepo.java",
            "package shop;",
            "public class OrderRepo implements io.quarkus.hibernate.orm.panache.PanacheRepository<Order> {}")
        .addSourceLines("shop/PanacheReports.java",
            "package shop;",
            "import java.util.List;",
            "class PanacheReports {",
            "  OrderRepo orders;",
            "  List<Order> firstPage() {",
            "    // BUG: Diagnostic contains: Pages a query that fetches the collection lines of Order (paged by page)",
            "    return orders.find(\"select o from Order o join fetch o.lines\").page(0, 10).list();",
            "  }",
            "  List<Order> shortenedQueriesFetchNothing() { return orders.find(\"customer.id = ?1\", 1L).page(0, 10).list(); }",
            "  List<Order> unpaged() { return orders.find(\"from Order o join fetch o.lines\").list(); }",
            "  List<Order> toOne() { return orders.find(\"from Order o join fetch o.customer\").page(0, 10).list(); }",
            "}")
        .doTest();
  }
}

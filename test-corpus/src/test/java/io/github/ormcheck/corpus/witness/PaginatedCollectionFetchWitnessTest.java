package io.github.ormcheck.corpus.witness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ormcheck.corpus.shop.PurchaseOrder;
import io.github.ormcheck.corpus.shop.repository.PurchaseOrderFetchRepository;
import io.github.ormcheck.corpus.shop.service.OrderBrowsing;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

/**
 * PaginatedCollectionFetch on the Hibernate line the corpus runs on (7.4 by default, 6.6 with
 * {@code -Phibernate6}) with H2: what a paged collection fetch really issues and reads. 100 orders
 * with 3 line items each; the second page of 5. Hibernate 7.4 (HHH-19933) pages the orders in a
 * derived table and joins the line items to that page: no HHH90003004, 15 rows. Hibernate 6.6
 * reads every row (300) and pages in memory, logging HHH90003004. When the ordering needs the
 * fetched collection, 7.4 does the same as 6.6.
 */
class PaginatedCollectionFetchWitnessTest {
  private static final int ORDERS = 100;
  private static final int LINES = MultipleCollectionFetchWitnessTest.LINES;

  /** Whether the Hibernate on the test class path is older than 7.4. */
  static boolean before74() {
    String[] version = org.hibernate.Version.getVersionString().split("\\.");
    int major = Integer.parseInt(version[0]);
    int minor = Integer.parseInt(version[1]);
    return major < 7 || (major == 7 && minor < 4);
  }

  @Test
  void beforeHibernate74EveryRowIsReadAndPagedInMemory() {
    assumeTrue(before74(), "Hibernate " + org.hibernate.Version.getVersionString() + " is 7.4 or later");
    try (ShopDatabase db = ShopDatabase.shop(); HibernateWarnings warnings = new HibernateWarnings()) {
      MultipleCollectionFetchWitnessTest.seed(db, ORDERS, 0);
      List<Integer> sizes = new ArrayList<>();
      long statements = db.count(em -> sizes.add(new OrderBrowsing(em).pageWithLines(5, 5).size()));
      String sql = db.log().statements().get(0);
      report("OrderBrowsing.pageWithLines on Hibernate " + org.hibernate.Version.getVersionString(),
          statements, db.rowsRead(), sql, warnings);
      assertEquals(1, statements);
      assertEquals(ORDERS * LINES, db.rowsRead(), "every order x its line items, for a page of 5");
      assertTrue(warnings.list().stream().anyMatch(w -> w.contains("HHH90003004")), warnings.list()::toString);
      assertEquals(List.of(5), sizes);

      statements = db.count(em -> sizes.add(new OrderBrowsing(em).pageWithLinesByCriteria(5, 5).size()));
      report("OrderBrowsing.pageWithLinesByCriteria on Hibernate " + org.hibernate.Version.getVersionString(),
          statements, db.rowsRead(), db.log().statements().get(0), warnings);
      assertEquals(1, statements);
      assertEquals(ORDERS * LINES, db.rowsRead(), "the Criteria query reads every row as well");
      assertEquals(List.of(5, 5), sizes);
    }
  }

  @Test
  void hibernate74PagesTheParentsInASubqueryOnH2() {
    assumeTrue(!before74(), "Hibernate " + org.hibernate.Version.getVersionString() + " is older than 7.4");
    try (ShopDatabase db = ShopDatabase.shop(); HibernateWarnings warnings = new HibernateWarnings()) {
      MultipleCollectionFetchWitnessTest.seed(db, ORDERS, 2);
      List<Integer> sizes = new ArrayList<>();

      long statements = db.count(em -> sizes.add(new OrderBrowsing(em).pageWithLines(5, 5).size()));
      String sql = db.log().statements().get(0);
      report("OrderBrowsing.pageWithLines (setFirstResult/setMaxResults)", statements, db.rowsRead(), sql, warnings);
      assertEquals(1, statements);
      assertEquals(5 * LINES, db.rowsRead(), "only the page's orders x their line items");
      assertTrue(sql.contains("from (select distinct") && sql.contains("offset ? rows fetch first ? rows only)"), sql);
      assertTrue(warnings.list().isEmpty(), warnings.list()::toString);

      statements = db.count(em -> sizes.add(new OrderBrowsing(em).pageWithLinesByCriteria(5, 5).size()));
      sql = db.log().statements().get(0);
      report("OrderBrowsing.pageWithLinesByCriteria (Criteria API)", statements, db.rowsRead(), sql, warnings);
      assertEquals(1, statements);
      assertEquals(5 * LINES, db.rowsRead(), "the Criteria query is paged the same way");
      assertTrue(sql.contains("offset ? rows fetch first ? rows only)"), sql);
      assertTrue(warnings.list().isEmpty(), warnings.list()::toString);

      statements = db.count(em -> sizes.add(
          db.bean(PurchaseOrderFetchRepository.class).pageWithLines(PageRequest.of(1, 5)).getNumberOfElements()));
      sql = db.log().statements().get(0);
      report("PurchaseOrderFetchRepository.pageWithLines (Pageable)", statements, db.rowsRead(), sql, warnings);
      assertEquals(2, statements, "the page and its count query");
      assertEquals(5 * LINES + 1, db.rowsRead());
      assertTrue(sql.contains("offset ? rows fetch first ? rows only)"), sql);
      assertTrue(warnings.list().isEmpty(), warnings.list()::toString);

      statements = db.count(em -> sizes.add(
          db.bean(PurchaseOrderFetchRepository.class).findTop5ByOrderByPlacedAtDesc().size()));
      sql = db.log().statements().get(0);
      report("PurchaseOrderFetchRepository.findTop5ByOrderByPlacedAtDesc (graph: tags)", statements, db.rowsRead(), sql, warnings);
      assertEquals(1, statements);
      assertEquals(5 * 2, db.rowsRead(), "the page's 5 orders x 2 tags");
      assertTrue(warnings.list().isEmpty(), warnings.list()::toString);

      statements = db.count(em -> sizes.add(new OrderBrowsing(em).pageWithLinesByIds(5, 5).size()));
      report("OrderBrowsing.pageWithLinesByIds (ids first, the twin)", statements, db.rowsRead(), db.log().statements().get(0), warnings);
      assertEquals(2, statements);
      assertEquals(5 + 5 * LINES, db.rowsRead());

      sizes.forEach(size -> assertEquals(5, size));
    }
  }

  @Test
  void hibernate74StillPagesInMemoryWhenTheOrderNeedsTheCollection() {
    try (ShopDatabase db = ShopDatabase.shop(); HibernateWarnings warnings = new HibernateWarnings()) {
      MultipleCollectionFetchWitnessTest.seed(db, ORDERS, 0);
      List<Integer> sizes = new ArrayList<>();
      long statements = db.count(em -> sizes.add(
          em.createQuery("select o from PurchaseOrder o left join fetch o.lineItems li order by li.quantity, o.id",
                  PurchaseOrder.class)
              .setFirstResult(5)
              .setMaxResults(5)
              .getResultList()
              .size()));
      String sql = db.log().statements().get(0);
      report("order by a fetched collection's attribute, page of 5", statements, db.rowsRead(), sql, warnings);
      assertEquals(1, statements);
      assertEquals(ORDERS * LINES, db.rowsRead(), "every row of the join");
      assertTrue(!sql.contains("offset") && !sql.contains("fetch first"), sql);
      assertTrue(warnings.list().stream().anyMatch(w -> w.contains("HHH90003004")), warnings.list()::toString);
      assertEquals(List.of(5), sizes);
    }
  }

  private static void report(String scenario, long statements, long rows, String sql, HibernateWarnings warnings) {
    System.out.printf("[witness] %-24s %-70s %d statements, %4d JDBC rows, HHH90003004 %s%n    %s%n",
        "PaginatedCollectionFetch", scenario, statements, rows,
        warnings.list().stream().anyMatch(w -> w.contains("HHH90003004")) ? "logged" : "not logged", sql);
  }

  /** Collects what Hibernate logs at WARNING or above while open (JBoss Logging goes to JUL here). */
  private static final class HibernateWarnings extends Handler implements AutoCloseable {
    private final Logger hibernate = Logger.getLogger("org.hibernate");
    private final Level before = hibernate.getLevel();
    private final List<String> messages = new ArrayList<>();

    HibernateWarnings() {
      hibernate.setLevel(Level.WARNING);
      hibernate.addHandler(this);
    }

    synchronized List<String> list() {
      return List.copyOf(messages);
    }

    @Override
    public synchronized void publish(LogRecord record) {
      messages.add(record.getLoggerName() + ": " + record.getMessage());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
      hibernate.removeHandler(this);
      hibernate.setLevel(before);
    }
  }
}

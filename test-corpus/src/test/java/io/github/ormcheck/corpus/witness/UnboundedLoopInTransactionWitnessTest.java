package io.github.ormcheck.corpus.witness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ormcheck.corpus.shop.Customer;
import io.github.ormcheck.corpus.shop.PurchaseOrder;
import io.github.ormcheck.corpus.shop.repository.CustomerRepository;
import io.github.ormcheck.corpus.shop.service.CustomerMaintenance;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.SharedEntityManagerCreator;

/**
 * UnboundedLoopInTransaction: the corpus's {@code CustomerMaintenance} runs as a Spring bean behind
 * a class-based transaction proxy (with a shared, transaction-bound {@code EntityManager}, as
 * Spring injects it), on N = 100 and N = 1000 customers and orders. A listener on the transaction
 * manager records each transaction: the entities its persistence context manages just before the
 * commit (Hibernate {@code Session.getStatistics().getEntityCount()}, before the commit flush
 * dirty-checks them) and the statements it issued. Counts, not times:
 *
 * <ul>
 *   <li>{@code normalizeNames} ({@code for} over {@code findAll()}, flagged): one transaction that
 *       manages all N customers at commit and issues N updates. The twin
 *       {@code normalizeNamesChunk}, called page by page from a non-transactional loop as its
 *       Javadoc says, runs one transaction per page of 500, each managing at most 500 customers.
 *   <li>{@code purgeOrdersBefore} ({@code forEach(remove)} over an unbounded JPQL stream,
 *       flagged): one transaction that manages all N orders at commit and issues N deletes. The
 *       twin {@code purgeOrdersBeforeInBulk} manages none and issues one delete statement whatever N (plus
 *       one that clears the tags join table: 2 statements). The flagged purge issues 1 + 3N:
 *       the select, then per order a select of its line items (the {@code CascadeType.ALL}
 *       cascade), a delete of its tag links and the delete of the order.
 *   <li>{@code normalizeNamesOf(ids)} (silent: {@code where c.id in :ids}): one transaction that
 *       manages and updates the 50 given customers, whether the table holds 100 or 1000.
 * </ul>
 */
class UnboundedLoopInTransactionWitnessTest {
  private static final String RULE = "UnboundedLoopInTransaction";
  /** CustomerMaintenance.CHUNK. */
  private static final int CHUNK = 500;
  /** The ids the caller gives normalizeNamesOf. */
  private static final int GIVEN = 50;
  private static final Instant CUTOFF = Instant.parse("2030-01-01T00:00:00Z");

  @Configuration
  static class Maintenance {
    @Bean
    CustomerMaintenance customerMaintenance(CustomerRepository customers, EntityManagerFactory factory) {
      return new CustomerMaintenance(customers, SharedEntityManagerCreator.createSharedEntityManager(factory));
    }
  }

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {100, 1000})
  void theFlaggedLoopKeepsEveryRowInOneTransactionAndTheChunkedTwinKeepsAtMostAChunk(int n) {
    String rows = "N = " + n;
    try (ShopDatabase db = ShopDatabase.shopWithTransactionalBeans(Maintenance.class)) {
      CustomerMaintenance maintenance = proxied(db);
      seed(db, n);
      TransactionRecorder transactions = TransactionRecorder.attach(db);

      // findAll() joins normalizeNames' transaction: one in all.
      TransactionRecorder.Transaction only = theOnlyTransaction(transactions, maintenance::normalizeNames);
      Witnesses.print(RULE, "flagged: normalizeNames (findAll loop), " + rows + ", transactions", 1, "transactions");
      Witnesses.print(RULE, "flagged: normalizeNames (findAll loop), " + rows + ", entities managed at commit", only.managedEntities(), "entities");
      Witnesses.print(RULE, "flagged: normalizeNames (findAll loop), " + rows + ", updates in the transaction",
          only.statementsStartingWith("update customer"), "statements");
      assertEquals("CustomerMaintenance.normalizeNames", TransactionRecorder.shortName(only.name()));
      assertTrue(only.committed());
      assertEquals(n, only.managedEntities());
      assertEquals(n, only.statementsStartingWith("update customer"));
      assertEquals(0, unnormalizedNames(db));
    }

    try (ShopDatabase db = ShopDatabase.shopWithTransactionalBeans(Maintenance.class)) {
      CustomerMaintenance maintenance = proxied(db);
      seed(db, n);
      TransactionRecorder transactions = TransactionRecorder.attach(db);

      transactions.clear();
      int page = 0;
      while (maintenance.normalizeNamesChunk(page++)) {
        // one transaction per page
      }
      List<TransactionRecorder.Transaction> chunks = transactions.finished();
      int maxManaged = chunks.stream().mapToInt(TransactionRecorder.Transaction::managedEntities).max().orElse(0);
      long maxUpdates = chunks.stream().mapToLong(t -> t.statementsStartingWith("update customer")).max().orElse(0);
      long totalUpdates = chunks.stream().mapToLong(t -> t.statementsStartingWith("update customer")).sum();
      Witnesses.print(RULE, "twin: normalizeNamesChunk per page of 500, " + rows + ", transactions", chunks.size(), "transactions");
      Witnesses.print(RULE, "twin: normalizeNamesChunk per page of 500, " + rows + ", most entities managed at a commit", maxManaged, "entities");
      Witnesses.print(RULE, "twin: normalizeNamesChunk per page of 500, " + rows + ", most updates in one transaction", maxUpdates, "statements");
      assertEquals((n + CHUNK - 1) / CHUNK, chunks.size(), "one transaction per page: " + transactions.begun());
      assertTrue(chunks.stream().allMatch(t -> TransactionRecorder.shortName(t.name()).equals("CustomerMaintenance.normalizeNamesChunk") && t.committed()));
      assertEquals(Math.min(n, CHUNK), maxManaged);
      assertEquals(Math.min(n, CHUNK), maxUpdates);
      assertEquals(n, totalUpdates);
      assertEquals(0, unnormalizedNames(db));
    }
  }

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {100, 1000})
  void theFlaggedPurgeRemovesRowByRowInOneTransactionAndTheBulkTwinIssuesOneStatement(int n) {
    String rows = "N = " + n;
    try (ShopDatabase db = ShopDatabase.shopWithTransactionalBeans(Maintenance.class)) {
      CustomerMaintenance maintenance = proxied(db);
      seed(db, n);
      TransactionRecorder transactions = TransactionRecorder.attach(db);

      TransactionRecorder.Transaction only = theOnlyTransaction(transactions, () -> maintenance.purgeOrdersBefore(CUTOFF));
      Witnesses.print(RULE, "flagged: purgeOrdersBefore (JPQL stream, remove each), " + rows + ", entities managed at commit", only.managedEntities(), "entities");
      Witnesses.print(RULE, "flagged: purgeOrdersBefore (JPQL stream, remove each), " + rows + ", statements in the transaction", only.statements().size(), "statements");
      Witnesses.print(RULE, "flagged: purgeOrdersBefore (JPQL stream, remove each), " + rows + ", deletes from purchase_order",
          only.statementsStartingWith("delete from purchase_order "), "statements");
      // Per order: the cascade (lineItems, CascadeType.ALL) loads its line items, the tags join
      // table rows are deleted, then the order.
      long lineItemSelects = only.statements().stream().filter(sql -> sql.startsWith("select") && sql.contains(" from LineItem ")).count();
      Witnesses.print(RULE, "flagged: purgeOrdersBefore (JPQL stream, remove each), " + rows + ", line item selects (cascade)", lineItemSelects, "statements");
      assertTrue(only.committed());
      assertEquals(n, only.managedEntities());
      assertEquals(n, only.statementsStartingWith("delete from purchase_order "));
      assertEquals(n, lineItemSelects);
      assertEquals(n, only.statementsStartingWith("delete from purchase_order_Tag "));
      assertEquals(1 + 3L * n, only.statements().size());
      assertEquals(0, remainingOrders(db));
    }

    try (ShopDatabase db = ShopDatabase.shopWithTransactionalBeans(Maintenance.class)) {
      CustomerMaintenance maintenance = proxied(db);
      seed(db, n);
      TransactionRecorder transactions = TransactionRecorder.attach(db);

      int[] deleted = new int[1];
      TransactionRecorder.Transaction only =
          theOnlyTransaction(transactions, () -> deleted[0] = maintenance.purgeOrdersBeforeInBulk(CUTOFF));
      Witnesses.print(RULE, "twin: purgeOrdersBeforeInBulk, " + rows + ", entities managed at commit", only.managedEntities(), "entities");
      Witnesses.print(RULE, "twin: purgeOrdersBeforeInBulk, " + rows + ", statements in the transaction", only.statements().size(), "statements");
      Witnesses.print(RULE, "twin: purgeOrdersBeforeInBulk, " + rows + ", deletes from purchase_order",
          only.statementsStartingWith("delete from purchase_order "), "statements");
      assertEquals(n, deleted[0]);
      assertTrue(only.committed());
      assertEquals(0, only.managedEntities());
      assertEquals(1, only.statementsStartingWith("delete from purchase_order "));
      // Hibernate also clears the tags join table in one statement before the bulk delete.
      assertEquals(1, only.statementsStartingWith("delete from purchase_order_Tag "));
      assertEquals(2, only.statements().size(), "one bulk delete and the join-table cleanup: " + only.statements());
      assertEquals(0, remainingOrders(db));
    }
  }

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {100, 1000})
  void theTwinOverGivenIdsKeepsTheBatchWhateverTheTable(int n) {
    try (ShopDatabase db = ShopDatabase.shopWithTransactionalBeans(Maintenance.class)) {
      CustomerMaintenance maintenance = proxied(db);
      seed(db, n);
      List<Long> ids = db.inTransaction(em ->
          em.createQuery("select c.id from Customer c order by c.id", Long.class).setMaxResults(GIVEN).getResultList());
      TransactionRecorder transactions = TransactionRecorder.attach(db);

      TransactionRecorder.Transaction only = theOnlyTransaction(transactions, () -> maintenance.normalizeNamesOf(ids));
      String scenario = "twin: normalizeNamesOf(" + GIVEN + " ids, in :ids), N = " + n;
      Witnesses.print(RULE, scenario + ", entities managed at commit", only.managedEntities(), "entities");
      Witnesses.print(RULE, scenario + ", updates in the transaction", only.statementsStartingWith("update customer"), "statements");
      assertTrue(only.committed());
      assertEquals(GIVEN, only.managedEntities());
      assertEquals(GIVEN, only.statementsStartingWith("update customer"));
      assertEquals(n - GIVEN, unnormalizedNames(db));
    }
  }

  /** Runs {@code work} and returns the one transaction it ran in. */
  private static TransactionRecorder.Transaction theOnlyTransaction(TransactionRecorder transactions, Runnable work) {
    transactions.clear();
    work.run();
    List<TransactionRecorder.Transaction> finished = transactions.finished();
    assertEquals(1, finished.size(), "one transaction: " + transactions.begun());
    return finished.get(0);
  }

  private static CustomerMaintenance proxied(ShopDatabase db) {
    CustomerMaintenance maintenance = db.bean(CustomerMaintenance.class);
    assertTrue(AopUtils.isCglibProxy(maintenance), "CustomerMaintenance should be a class-based transaction proxy");
    return maintenance;
  }

  /** N customers whose names need normalizing, and N orders placed before the cutoff. */
  private static void seed(ShopDatabase db, int n) {
    db.inTransaction(em -> {
      for (int i = 0; i < n; i++) {
        em.persist(new Customer("  customer " + i + " ", null));
        em.persist(new PurchaseOrder(null, Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i)));
        if (i % 100 == 99) {
          em.flush();
          em.clear();
        }
      }
      return null;
    });
  }

  private static long unnormalizedNames(ShopDatabase db) {
    return db.inTransaction(em ->
        em.createQuery("select count(c) from Customer c where c.name <> upper(trim(c.name))", Long.class).getSingleResult());
  }

  private static long remainingOrders(ShopDatabase db) {
    return db.inTransaction(em -> em.createQuery("select count(o) from PurchaseOrder o", Long.class).getSingleResult());
  }
}

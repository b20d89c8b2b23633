package io.github.ormcheck.corpus.witness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ormcheck.corpus.shop.Customer;
import io.github.ormcheck.corpus.shop.PurchaseOrder;
import io.github.ormcheck.corpus.shop.Tag;
import io.github.ormcheck.corpus.shop.repository.PurchaseOrderRepository;
import io.github.ormcheck.corpus.shop.service.OrderImports;
import io.github.ormcheck.corpus.shop.service.OrderRetention;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.LazyInitializationException;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * TransactionalSelfInvocation: the corpus's {@code OrderImports} runs as a Spring bean behind a
 * class-based transaction proxy, with its {@code self} field set to that proxy (what {@code @Lazy}
 * self-injection does), and a listener on the transaction manager records every transaction that
 * begins, by name.
 *
 * <ul>
 *   <li>{@code importAll} calls {@code this.importOne} (flagged): no {@code importOne} transaction
 *       begins; the repository's {@code findById} runs in its own short transaction, the order
 *       comes back detached, and {@code order.getTags().clear()} throws
 *       {@code LazyInitializationException}; no tag link is removed. The twin
 *       {@code importAllThroughProxy} ({@code self.importOne}) begins one {@code importOne}
 *       transaction per id and removes every tag link.
 *   <li>{@code cancel} calls {@code this.audit}, {@code REQUIRES_NEW} (flagged): the audit joins
 *       the caller's transaction; when the caller rolls back, the audit row is rolled back with
 *       the cancellation. The twin {@code cancelThroughProxy} ({@code self.audit}) begins a second
 *       transaction for the audit, whose row survives the caller's rollback. The caller's
 *       rollback is a {@code TransactionTemplate} around the call that marks itself
 *       rollback-only, as a failure later in the same business transaction would.
 * </ul>
 */
class TransactionalSelfInvocationWitnessTest {
  private static final String RULE = "TransactionalSelfInvocation";
  private static final int ORDERS = 3;
  private static final int TAGS_PER_ORDER = 2;

  @Configuration
  static class Imports {
    @Bean
    OrderImports orderImports(PurchaseOrderRepository orders) {
      return new OrderImports(orders);
    }
  }

  @Test
  void aSelfInvokedTransactionalMethodRunsWithoutATransactionAndTheProxiedTwinGetsOne() {
    try (ShopDatabase db = ShopDatabase.shopWithTransactionalBeans(Imports.class)) {
      OrderImports imports = proxiedImports(db);
      TransactionRecorder transactions = TransactionRecorder.attach(db);
      List<Long> ids = seedTaggedOrders(db);
      assertEquals(ORDERS * TAGS_PER_ORDER, tagLinks(db));

      transactions.clear();
      assertThrows(LazyInitializationException.class, () -> imports.importAll(ids),
          "importOne through this should run outside any transaction, on a detached order");
      List<String> flagged = transactions.begunShortNames();
      Witnesses.print(RULE, "flagged: importAll -> this.importOne, importOne transactions begun",
          count(flagged, "OrderImports.importOne"), "transactions");
      Witnesses.print(RULE, "flagged: importAll -> this.importOne, tag links removed (then LazyInitializationException)",
          ORDERS * TAGS_PER_ORDER - tagLinks(db), "rows");
      assertEquals(List.of("SimpleJpaRepository.findById"), flagged,
          "only the repository's own read transaction should begin: " + transactions.begun());
      assertEquals(ORDERS * TAGS_PER_ORDER, tagLinks(db));

      transactions.clear();
      imports.importAllThroughProxy(ids);
      List<String> twin = transactions.begunShortNames();
      Witnesses.print(RULE, "twin: importAllThroughProxy -> self.importOne, importOne transactions begun",
          count(twin, "OrderImports.importOne"), "transactions");
      Witnesses.print(RULE, "twin: importAllThroughProxy -> self.importOne, tag links removed",
          ORDERS * TAGS_PER_ORDER - tagLinks(db), "rows");
      assertEquals(List.of("OrderImports.importOne", "OrderImports.importOne", "OrderImports.importOne"), twin);
      assertEquals(0, tagLinks(db));
    }
  }

  @Test
  void aSelfInvokedRequiresNewIsRolledBackWithTheCallerAndTheProxiedTwinSurvives() {
    try (ShopDatabase db = ShopDatabase.shopWithTransactionalBeans(Imports.class)) {
      OrderImports imports = proxiedImports(db);
      TransactionRecorder transactions = TransactionRecorder.attach(db);
      List<Long> ids = seedTaggedOrders(db);
      TransactionTemplate caller = db.transactionTemplate();
      caller.setName("caller");

      // Called on their own: which transactions begin.
      transactions.clear();
      imports.cancel(ids.get(0));
      List<String> flaggedAlone = transactions.begunShortNames();
      transactions.clear();
      imports.cancelThroughProxy(ids.get(1));
      List<String> twinAlone = transactions.begunShortNames();
      Witnesses.print(RULE, "flagged: cancel -> this.audit (REQUIRES_NEW), transactions begun", flaggedAlone.size(), "transactions");
      Witnesses.print(RULE, "twin: cancelThroughProxy -> self.audit (REQUIRES_NEW), transactions begun", twinAlone.size(), "transactions");
      assertEquals(List.of("OrderImports.cancel"), flaggedAlone);
      assertEquals(List.of("OrderImports.cancelThroughProxy", "OrderImports.audit"), twinAlone);
      assertEquals(2, auditRows(db), "both audits committed when nothing rolled back");

      // Inside a caller's transaction that rolls back: does the audit row survive?
      long auditsBefore = auditRows(db);
      transactions.clear();
      caller.executeWithoutResult(status -> {
        imports.cancel(ids.get(2));
        status.setRollbackOnly();
      });
      List<String> flaggedBegun = transactions.begunShortNames();
      long flaggedSurvivors = auditRows(db) - auditsBefore;
      Witnesses.print(RULE, "flagged: cancel -> this.audit, caller rolls back, audit rows kept", flaggedSurvivors, "rows");
      assertEquals(List.of("caller"), flaggedBegun, "the audit should begin no transaction of its own");
      assertEquals(0, flaggedSurvivors, "the audit row should be rolled back with the caller");
      assertTrue(db.bean(PurchaseOrderRepository.class).existsById(ids.get(2)), "the cancellation is rolled back too");

      auditsBefore = auditRows(db);
      transactions.clear();
      caller.executeWithoutResult(status -> {
        imports.cancelThroughProxy(ids.get(2));
        status.setRollbackOnly();
      });
      List<String> twinBegun = transactions.begunShortNames();
      long twinSurvivors = auditRows(db) - auditsBefore;
      Witnesses.print(RULE, "twin: cancelThroughProxy -> self.audit, caller rolls back, audit rows kept", twinSurvivors, "rows");
      assertEquals(List.of("caller", "OrderImports.audit"), twinBegun);
      assertEquals(1, twinSurvivors, "the audit row should survive the caller's rollback");
      assertTrue(db.bean(PurchaseOrderRepository.class).existsById(ids.get(2)), "the cancellation is rolled back");
    }
  }

  @Configuration
  static class Retention {
    @Bean
    OrderRetention orderRetention(PurchaseOrderRepository orders) {
      return new OrderRetention(orders, Duration.ofDays(30));
    }
  }

  /**
   * OrderRetention is transactional by its class. Its constructor calls the getter {@code
   * cutoffDays} through this (silent): through the proxy the same getter begins a transaction in
   * which no statement runs, so the bypass loses nothing. Its {@code NOT_SUPPORTED} report calls
   * {@code purge} through this (flagged): no purge transaction begins, the derived query runs
   * outside any transaction and the delete in one of its own, where through the proxy one purge
   * transaction holds both.
   */
  @Test
  void aClassLevelGetterLosesNothingThroughThisWhileAClassLevelPurgeLosesItsTransaction() {
    try (ShopDatabase db = ShopDatabase.shopWithTransactionalBeans(Retention.class)) {
      OrderRetention retention = db.bean(OrderRetention.class);
      assertTrue(AopUtils.isCglibProxy(retention), "OrderRetention should be a class-based transaction proxy");
      TransactionRecorder transactions = TransactionRecorder.attach(db);
      seedTaggedOrders(db);
      Instant later = Instant.parse("2024-06-01T00:00:00Z");

      transactions.clear();
      db.log().clear();
      assertEquals(30, retention.cutoffDays());
      Witnesses.print(RULE, "silent: cutoffDays through the proxy, transactions begun",
          transactions.begun().size(), "transactions");
      Witnesses.print(RULE, "silent: cutoffDays through the proxy, statements in that transaction",
          db.log().statements().size(), "statements");
      assertEquals(List.of("OrderRetention.cutoffDays"), transactions.begunShortNames());
      assertEquals(0, db.log().statements().size(), "the getter's transaction should run no statement");

      transactions.clear();
      assertEquals("orders older than 30 days: " + ORDERS + " purged", retention.report(later));
      List<String> flagged = transactions.begunShortNames();
      Witnesses.print(RULE, "flagged: report -> this.purge, purge transactions begun",
          count(flagged, "OrderRetention.purge"), "transactions");
      assertEquals(0, count(flagged, "OrderRetention.purge"), "purge through this should begin no transaction: " + flagged);
      assertEquals(List.of("SimpleJpaRepository.deleteAll"), flagged,
          "the query should run outside any transaction and the delete in one of its own");

      seedTaggedOrders(db);
      transactions.clear();
      assertEquals(ORDERS, retention.purge(later));
      List<String> twin = transactions.begunShortNames();
      Witnesses.print(RULE, "twin: purge through the proxy, transactions begun", twin.size(), "transactions");
      assertEquals(List.of("OrderRetention.purge"), twin, "through the proxy one purge transaction holds the query and the delete");
    }
  }

  private static OrderImports proxiedImports(ShopDatabase db) {
    OrderImports imports = db.bean(OrderImports.class);
    assertTrue(AopUtils.isCglibProxy(imports), "OrderImports should be a class-based transaction proxy");
    imports.setSelf(imports);
    return imports;
  }

  private static long count(List<String> names, String name) {
    return names.stream().filter(name::equals).count();
  }

  /** Seeds ORDERS orders of one customer, each with TAGS_PER_ORDER tags. */
  private static List<Long> seedTaggedOrders(ShopDatabase db) {
    return db.inTransaction(em -> {
      Customer customer = new Customer("Ada", null);
      em.persist(customer);
      List<Long> ids = new ArrayList<>();
      for (int i = 0; i < ORDERS; i++) {
        PurchaseOrder order = new PurchaseOrder(customer, Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i));
        for (int t = 0; t < TAGS_PER_ORDER; t++) {
          Tag tag = new Tag("tag-" + i + "-" + t);
          em.persist(tag);
          order.getTags().add(tag);
        }
        em.persist(order);
        ids.add(order.getId());
      }
      return ids;
    });
  }

  private static long tagLinks(ShopDatabase db) {
    return db.inTransaction(em ->
        em.createQuery("select count(t) from PurchaseOrder o join o.tags t", Long.class).getSingleResult());
  }

  /** OrderImports.audit saves an order without a customer; the seeded orders have one. */
  private static long auditRows(ShopDatabase db) {
    return db.inTransaction(em ->
        em.createQuery("select count(o) from PurchaseOrder o where o.customer is null", Long.class).getSingleResult());
  }
}

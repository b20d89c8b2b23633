package io.github.ormcheck.corpus.witness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ormcheck.corpus.shop.Customer;
import io.github.ormcheck.corpus.shop.PurchaseOrder;
import io.github.ormcheck.corpus.shop.repository.CustomerRepository;
import io.github.ormcheck.corpus.shop.repository.PurchaseOrderRepository;
import io.github.ormcheck.corpus.shop.service.CustomerExports;
import io.github.ormcheck.corpus.shop.service.CustomerLookups;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * QueryInLoop: the flagged CustomerLookups methods issue one statement per element (N); their
 * batched twins issue one, whatever N.
 */
class QueryInLoopWitnessTest {
  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {10, 100})
  void queryPerElement(int n) {
    measure(n, "namesOf (findById per id)", (lookups, seed) -> lookups.namesOf(seed.ids()).size(), n);
    measure(n, "namesOfStream (map(customers::findById))",
        (lookups, seed) -> lookups.namesOfStream(seed.ids()).size(), n);
    measure(n, "namesByFind (EntityManager.find per id)", (lookups, seed) -> lookups.namesByFind(seed.ids()).size(), n);
    measure(n, "namesOfBatched (findAllById + Map)", (lookups, seed) -> lookups.namesOfBatched(seed.ids()).size(), 1);
    measure(n, "orderCounts (JPQL count per name)", (lookups, seed) -> lookups.orderCounts(seed.names()).size(), n);
    measure(n, "orderCountsBatched (in :names, group by)",
        (lookups, seed) -> lookups.orderCountsBatched(seed.names()).size(), 1);
    measure(n, "takenNames (existsByName per name)",
        (lookups, seed) -> lookups.takenNames(seed.names().toArray(String[]::new)).size(), n);
    measure(n, "takenNamesBatched (findByNameIn)", (lookups, seed) -> lookups.takenNamesBatched(seed.names()).size(), 1);
    measure(n, "orderCountsByHelper (the JPQL count in a helper called per name)",
        (lookups, seed) -> lookups.orderCountsByHelper(seed.names()).size(), n);
    measure(n, "orderCountsByDaoHelper (a helper whose query is a local, its parameter set apart)",
        (lookups, seed) -> lookups.orderCountsByDaoHelper(seed.names()).size(), n);
    measure(n, "namesOfLoaded (findById of customers the query loaded, silent)",
        (lookups, seed) -> lookups.namesOfLoaded(seed.names()).size(), 1);
  }

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {10, 100})
  void loopInATransactionCallback(int n) {
    // CustomerExports runs its loops inside TransactionTemplate.execute: N orders, one native
    // select of the customer per order, against one joined select for the twin.
    try (ShopDatabase db = ShopDatabase.shop()) {
      seed(db, n);
      TransactionTemplate template = db.transactionTemplate();
      List<List<String>> names = new ArrayList<>();
      long statements = db.count(em -> names.add(new CustomerExports(template, em).customerNamesOfOrders()));
      Witnesses.print("QueryInLoop", "customerNamesOfOrders (native select per row in a callback), N = " + n, statements);
      assertEquals(1 + n, statements);
      long joined = db.count(em -> names.add(new CustomerExports(template, em).customerNamesOfOrdersJoined()));
      Witnesses.print("QueryInLoop", "customerNamesOfOrdersJoined (one native join), N = " + n, joined);
      assertEquals(1, joined);
      assertEquals(names.get(0), names.get(1));
      assertEquals(n, names.get(0).size());
    }
  }

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {10, 100})
  void referencesSelectNothing(int n) {
    // getReferenceById returns proxies: one insert per order (plus id-sequence calls), no select of a customer.
    try (ShopDatabase db = ShopDatabase.shop()) {
      Seed seed = seed(db, n);
      long statements = db.count(em -> lookups(db, em).placeOrders(seed.ids(), Instant.EPOCH));
      Witnesses.print("QueryInLoop", "placeOrders (getReferenceById, then save), N = " + n, statements);
      assertEquals(0, db.log().selectsFrom("customer"));
    }
  }

  private record Seed(List<Long> ids, List<String> names) {}

  private interface Work {
    long run(CustomerLookups lookups, Seed seed);
  }

  private static void measure(int n, String scenario, Work work, long expected) {
    try (ShopDatabase db = ShopDatabase.shop()) {
      Seed seed = seed(db, n);
      long statements = db.count(em -> work.run(lookups(db, em), seed));
      Witnesses.print("QueryInLoop", scenario + ", N = " + n, statements);
      assertEquals(expected, statements, scenario);
    }
  }

  private static CustomerLookups lookups(ShopDatabase db, jakarta.persistence.EntityManager em) {
    return new CustomerLookups(db.bean(CustomerRepository.class), db.bean(PurchaseOrderRepository.class), em);
  }

  /** N customers, each with one order. */
  private static Seed seed(ShopDatabase db, int n) {
    return db.inTransaction(
        em -> {
          List<Long> ids = new ArrayList<>();
          List<String> names = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            Customer customer = new Customer("c" + i, null);
            em.persist(customer);
            em.persist(new PurchaseOrder(customer, Instant.EPOCH.plusSeconds(i)));
            ids.add(customer.getId());
            names.add(customer.getName());
          }
          return new Seed(ids, names);
        });
  }
}

package io.github.ormcheck.corpus.witness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ormcheck.corpus.shop.Customer;
import io.github.ormcheck.corpus.shop.PurchaseOrder;
import io.github.ormcheck.corpus.shop.Supplier;
import io.github.ormcheck.corpus.shop.SupplyContract;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * EagerToMany: a query of N owners loads every owner's EAGER collection with one more select
 * each, though the caller never touches it; the LAZY twin issues one statement.
 */
class EagerToManyWitnessTest {

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {10, 100})
  void eagerCollectionIsLoadedForEveryOwner(int n) {
    try (ShopDatabase db = ShopDatabase.shop()) {
      db.inTransaction(
          em -> {
            for (int i = 0; i < n; i++) {
              Supplier supplier = new Supplier();
              supplier.setName("s" + i);
              em.persist(supplier);
              em.persist(new SupplyContract(supplier, LocalDate.EPOCH));
              em.persist(new SupplyContract(supplier, LocalDate.EPOCH.plusDays(1)));
            }
            return null;
          });

      long statements =
          db.count(em -> em.createQuery("select s from Supplier s", Supplier.class).getResultList());

      Witnesses.print("EagerToMany", "Supplier.contracts (EAGER), query of " + n + " suppliers", statements);
      assertEquals(1 + n, statements, "1 query + 1 select per supplier for its contracts");
      assertEquals(n, db.log().selectsFrom("supplycontract"));
    }
  }

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {10, 100})
  void lazyCollectionCostsNothingUntilUsed(int n) {
    try (ShopDatabase db = ShopDatabase.shop()) {
      db.inTransaction(
          em -> {
            for (int i = 0; i < n; i++) {
              Customer customer = new Customer("c" + i, null);
              em.persist(customer);
              em.persist(new PurchaseOrder(customer, Instant.EPOCH));
            }
            return null;
          });

      long statements =
          db.count(em -> em.createQuery("select c from Customer c", Customer.class).getResultList());

      Witnesses.print("EagerToMany", "Customer.orders (LAZY twin), query of " + n + " customers", statements);
      assertEquals(1, statements);
    }
  }
}

package io.github.ormcheck.corpus.witness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ormcheck.corpus.shop.Customer;
import io.github.ormcheck.corpus.shop.Product;
import io.github.ormcheck.corpus.shop.PurchaseOrder;
import io.github.ormcheck.corpus.shop.Warehouse;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * UnidirectionalOneToMany: each child added through a unidirectional one-to-many costs an extra
 * insert into the join table; the mappedBy twin writes the foreign key with the child's insert.
 */
class UnidirectionalOneToManyWitnessTest {

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {10, 100})
  void joinTableCostsOneMoreInsertPerChild(int n) {
    try (ShopDatabase db = ShopDatabase.shop()) {
      db.count(
          em -> {
            Warehouse warehouse = new Warehouse("w");
                em.persist(warehouse);
                for (int i = 0; i < n; i++) {
                  Product product = new Product("p" + i, BigDecimal.ONE, null);
                  em.persist(product);
                  warehouse.getStockedProducts().add(product);
                }
              });

      long inserts = inserts(db, "");
      Witnesses.print("UnidirectionalOneToMany", "Warehouse.stockedProducts, add " + n + " products: inserts", inserts);
      assertEquals(1 + 2 * n, inserts, "warehouse + N products + N join-table rows");
      assertEquals(n, inserts(db, "warehouse_product"));
    }
  }

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {10, 100})
  void mappedByWritesTheForeignKeyWithTheChild(int n) {
    try (ShopDatabase db = ShopDatabase.shop()) {
      db.count(
          em -> {
            Customer customer = new Customer("c", null);
                em.persist(customer);
                for (int i = 0; i < n; i++) {
                  PurchaseOrder order = new PurchaseOrder(customer, Instant.EPOCH);
                  em.persist(order);
                  customer.getOrders().add(order);
                }
              });

      long inserts = inserts(db, "");
      Witnesses.print("UnidirectionalOneToMany", "Customer.orders (mappedBy twin), add " + n + " orders: inserts", inserts);
      assertEquals(1 + n, inserts, "customer + N orders, foreign key included");
      assertEquals(0, updates(db));
    }
  }

  private static long updates(ShopDatabase db) {
    return db.log().statements().stream()
        .filter(sql -> sql.toLowerCase(Locale.ROOT).startsWith("update"))
        .count();
  }

  private static long inserts(ShopDatabase db, String table) {
    return db.log().statements().stream()
        .map(sql -> sql.toLowerCase(Locale.ROOT))
        .filter(sql -> sql.startsWith("insert into " + table))
        .count();
  }
}

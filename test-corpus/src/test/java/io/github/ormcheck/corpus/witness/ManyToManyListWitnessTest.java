package io.github.ormcheck.corpus.witness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ormcheck.corpus.shop.Product;
import io.github.ormcheck.corpus.shop.PurchaseOrder;
import io.github.ormcheck.corpus.shop.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ManyToManyList: removing one link from a many-to-many bag deletes all of the owner's links and
 * re-inserts the others; the Set twin deletes one row.
 */
class ManyToManyListWitnessTest {

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {10, 100})
  void removingOneLinkFromABagRewritesAllLinks(int n) {
    try (ShopDatabase db = ShopDatabase.shop()) {
      Long productId =
          db.inTransaction(
              em -> {
                Product product = new Product("p", BigDecimal.ONE, null);
                em.persist(product);
                for (int i = 0; i < n; i++) {
                  Tag tag = new Tag("t" + i);
                  em.persist(tag);
                  product.getTags().add(tag);
                }
                return product.getId();
              });

      db.count(em -> em.find(Product.class, productId).getTags().remove(0));

      long deletes = writes(db, "delete");
      long inserts = writes(db, "insert");
      Witnesses.print("ManyToManyList", "Product.tags (List bag), remove 1 of " + n + " links", deletes + inserts);
      assertEquals(1, deletes, "one delete of every link");
      assertEquals(n - 1, inserts, "then every remaining link inserted again");
    }
  }

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {10, 100})
  void removingOneLinkFromASetDeletesOneRow(int n) {
    try (ShopDatabase db = ShopDatabase.shop()) {
      Long orderId =
          db.inTransaction(
              em -> {
                PurchaseOrder order = new PurchaseOrder(null, Instant.EPOCH);
                em.persist(order);
                for (int i = 0; i < n; i++) {
                  Tag tag = new Tag("t" + i);
                  em.persist(tag);
                  order.getTags().add(tag);
                }
                return order.getId();
              });

      db.count(
          em -> {
            PurchaseOrder order = em.find(PurchaseOrder.class, orderId);
            order.getTags().remove(order.getTags().iterator().next());
          });

      long deletes = writes(db, "delete");
      long inserts = writes(db, "insert");
      Witnesses.print("ManyToManyList", "PurchaseOrder.tags (Set twin), remove 1 of " + n + " links", deletes + inserts);
      assertEquals(1, deletes);
      assertEquals(0, inserts);
    }
  }

  private static long writes(ShopDatabase db, String verb) {
    return db.log().statements().stream()
        .filter(sql -> sql.toLowerCase(Locale.ROOT).startsWith(verb))
        .count();
  }
}

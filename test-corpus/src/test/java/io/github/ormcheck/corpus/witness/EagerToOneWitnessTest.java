package io.github.ormcheck.corpus.witness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ormcheck.corpus.shop.Category;
import io.github.ormcheck.corpus.shop.LineItem;
import io.github.ormcheck.corpus.shop.Payment;
import io.github.ormcheck.corpus.shop.Product;
import io.github.ormcheck.corpus.shop.PurchaseOrder;
import io.github.ormcheck.corpus.shop.Supplier;
import io.github.ormcheck.corpus.shop.SupplyContract;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * EagerToOne: a JPQL query of N rows whose to-one association is EAGER issues one more select
 * per distinct target; the LAZY twin issues one statement whatever N is.
 */
class EagerToOneWitnessTest {

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {10, 100})
  void implicitlyEagerManyToOneCostsOneSelectPerDistinctTarget(int n) {
    try (ShopDatabase db = ShopDatabase.shop()) {
      db.inTransaction(
          em -> {
            Category category = new Category("books");
            em.persist(category);
            PurchaseOrder order = new PurchaseOrder(null, Instant.EPOCH);
            em.persist(order);
            for (int i = 0; i < n; i++) {
              Product product = new Product("p" + i, BigDecimal.ONE, category);
              em.persist(product);
              em.persist(order.addLine(product, 1));
            }
            return null;
          });

      long statements =
          db.count(em -> em.createQuery("select li from LineItem li", LineItem.class).getResultList());

      Witnesses.print("EagerToOne", "LineItem.product (implicit EAGER), query of " + n + " line items", statements);
      assertEquals(1 + n, statements, "1 query + 1 select per distinct product");
      assertEquals(n, db.log().selectsFrom("product"));
    }
  }

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {10, 100})
  void lazyManyToOneCostsOneStatement(int n) {
    try (ShopDatabase db = ShopDatabase.shop()) {
      db.inTransaction(
          em -> {
            for (int i = 0; i < n; i++) {
              Supplier supplier = new Supplier();
              supplier.setName("s" + i);
              em.persist(supplier);
              em.persist(new SupplyContract(supplier, LocalDate.EPOCH));
            }
            return null;
          });

      long statements =
          db.count(
              em -> em.createQuery("select c from SupplyContract c", SupplyContract.class).getResultList());

      Witnesses.print("EagerToOne", "SupplyContract.supplier (LAZY twin), query of " + n + " contracts", statements);
      assertEquals(1, statements);
    }
  }

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {10, 100})
  void inverseOneToOneIsLoadedPerRowDespiteLazy(int n) {
    try (ShopDatabase db = ShopDatabase.shop()) {
      db.inTransaction(
          em -> {
            for (int i = 0; i < n; i++) {
              PurchaseOrder order = new PurchaseOrder(null, Instant.EPOCH);
              em.persist(order);
              em.persist(new Payment(order, BigDecimal.TEN, null));
            }
            return null;
          });

      long orderQuery =
          db.count(em -> em.createQuery("select o from PurchaseOrder o", PurchaseOrder.class).getResultList());
      long paymentSelects = db.log().selectsFrom("payment");
      long owningSideQuery =
          db.count(em -> em.createQuery("select p from Payment p", Payment.class).getResultList());

      Witnesses.print("EagerToOne", "PurchaseOrder.payment (inverse @OneToOne, fetch=LAZY), query of " + n + " orders", orderQuery);
      Witnesses.print("EagerToOne", "Payment.order (owning side, LAZY twin), query of " + n + " payments", owningSideQuery);
      assertEquals(1 + n, orderQuery, "1 query + 1 select per order for its payment");
      assertEquals(n, paymentSelects);
      assertEquals(1, owningSideQuery);
    }
  }

}

package io.github.ormcheck.corpus.witness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ormcheck.corpus.shop.Customer;
import io.github.ormcheck.corpus.shop.PurchaseOrder;
import io.github.ormcheck.corpus.shop.repository.PurchaseOrderRepository;
import io.github.ormcheck.corpus.shop.service.InvoicePlans;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Load plans: code that stays within a realized plan runs a constant number of statements; the
 * same code over a plan the query does not realize (UnrealizedLoadPlan), or navigating outside
 * the plan (LoadPlanViolation), runs 1 + N.
 */
class LoadPlanWitnessTest {

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {10, 100})
  void realizedPlanIsConstantUnrealizedPlanIsOnePlusN(int n) {
    try (ShopDatabase db = ShopDatabase.shop()) {
      db.inTransaction(
          em -> {
            for (int i = 0; i < n; i++) {
              Customer customer = new Customer("c" + i, null);
              em.persist(customer);
              em.persist(new PurchaseOrder(customer, Instant.EPOCH.plusSeconds(10 + i)));
            }
            return null;
          });
      InvoicePlans plans = new InvoicePlans(db.bean(PurchaseOrderRepository.class));

      long realized = db.count(em -> plans.recentCustomers(Instant.EPOCH));
      long unrealized = db.count(em -> plans.customersBetween(Instant.EPOCH, Instant.MAX));
      long violation = db.count(em -> plans.recentTagCount(Instant.EPOCH));

      Witnesses.print("UnrealizedLoadPlan", "findPlannedWithCustomer (plan realized by join fetch), N = " + n, realized);
      Witnesses.print("UnrealizedLoadPlan", "findByPlacedAtBetween (plan not realized), N = " + n, unrealized);
      Witnesses.print("LoadPlanViolation", "recentTagCount (tags navigated outside the plan), N = " + n, violation);
      assertEquals(1, realized);
      assertEquals(1 + n, violation, "the undeclared path costs one query per order");
      assertEquals(1 + n, unrealized);
    }
  }
}

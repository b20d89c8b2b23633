package io.github.ormcheck.corpus.shop.service;

import io.github.ormcheck.annotations.LoadPlan;
import io.github.ormcheck.corpus.shop.PurchaseOrder;
import io.github.ormcheck.corpus.shop.repository.PurchaseOrderRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Invoice printing written against load plans: the contract cases of the load-plan rules. */
public class InvoicePlans {
  private final PurchaseOrderRepository orders;

  public InvoicePlans(PurchaseOrderRepository orders) {
    this.orders = orders;
  }

  /** Stays within its plan: silent. */
  @LoadPlan(root = PurchaseOrder.class, value = {"customer"})
  public List<String> invoiceHeaders(List<PurchaseOrder> batch) {
    List<String> headers = new ArrayList<>();
    for (PurchaseOrder order : batch) {
      headers.add(order.getCustomer().getName() + " " + order.getPlacedAt());
    }
    return headers;
  }

  /** Leaves its plan: the line items are not part of the contract. */
  @LoadPlan(root = PurchaseOrder.class, value = {"customer"})
  public int invoiceLineCount(List<PurchaseOrder> batch) {
    int lines = 0;
    for (PurchaseOrder order : batch) {
      lines += order.getLineItems().size(); // expect: LoadPlanViolation
    }
    return lines;
  }

  /** Uses a planned repository method within its plan: silent. */
  public List<String> recentCustomers(Instant since) {
    List<String> names = new ArrayList<>();
    for (PurchaseOrder order : orders.findPlannedWithCustomer(since)) {
      names.add(order.getCustomer().getName());
    }
    return names;
  }

  /** Uses a planned repository method beyond its plan. */
  public int recentTagCount(Instant since) {
    int tags = 0;
    for (PurchaseOrder order : orders.findPlannedWithCustomer(since)) {
      tags += order.getTags().size(); // expect: LoadPlanViolation
    }
    return tags;
  }

  /** Within the plan of a method whose query does not realize it (reported at the method). */
  public List<String> customersBetween(Instant from, Instant until) {
    List<String> names = new ArrayList<>();
    for (PurchaseOrder order : orders.findByPlacedAtBetween(from, until)) {
      names.add(order.getCustomer().getName());
    }
    return names;
  }

  /** A typo in a plan path. */
  @LoadPlan(root = PurchaseOrder.class, value = {"custmer"}) // expect: InvalidLoadPlan
  public int typo(List<PurchaseOrder> batch) {
    return batch.size();
  }
}

package io.github.ormcheck.corpus.shop.service;

import io.github.ormcheck.corpus.shop.PurchaseOrder;
import io.github.ormcheck.corpus.shop.repository.PurchaseOrderRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * TransactionalSelfInvocation with attributes from the class: {@code @Transactional} on the class
 * covers every public method, the getter included. A call through this loses something only when
 * the callee does work that a transaction changes.
 */
@Transactional
public class OrderRetention {
  private final PurchaseOrderRepository orders;
  private final Duration keep;
  private final String description;

  public OrderRetention(PurchaseOrderRepository orders, Duration keep) {
    this.orders = orders;
    this.keep = keep;
    // The getter only computes: with or without a transaction it returns the same. Silent.
    this.description = "orders older than " + cutoffDays() + " days";
  }

  public long cutoffDays() {
    return keep.toDays();
  }

  /** Reports run outside any transaction, and so, through this, does the purge they start. */
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public String report(Instant now) {
    long purged = purge(now); // expect: TransactionalSelfInvocation
    return description + ": " + purged + " purged";
  }

  public long purge(Instant now) {
    List<PurchaseOrder> old = orders.findByPlacedAtBefore(now.minus(keep));
    orders.deleteAll(old);
    return old.size();
  }
}

package io.github.ormcheck.corpus.shop.service;

import io.github.ormcheck.corpus.shop.repository.PurchaseOrderRepository;
import org.springframework.transaction.annotation.Transactional;

/** A final class with class-level @Transactional: a class-based proxy cannot subclass it. */
@Transactional // expect: IneffectiveTransactional
public final class AuditTrail {
  private final PurchaseOrderRepository orders;

  public AuditTrail(PurchaseOrderRepository orders) {
    this.orders = orders;
  }

  public long count() {
    return orders.count();
  }
}

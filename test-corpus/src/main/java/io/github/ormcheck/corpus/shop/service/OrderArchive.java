package io.github.ormcheck.corpus.shop.service;

import io.github.ormcheck.corpus.shop.repository.PurchaseOrderRepository;
import org.springframework.transaction.annotation.Transactional;

/** IneffectiveTransactional: annotations a proxy cannot honor, and the ones it can. */
public class OrderArchive {
  private final PurchaseOrderRepository orders;

  public OrderArchive(PurchaseOrderRepository orders) {
    this.orders = orders;
  }

  public void archive(long orderId) {
    deleteOrder(orderId);
  }

  @Transactional // expect: IneffectiveTransactional
  private void deleteOrder(long orderId) {
    orders.deleteById(orderId);
  }

  @Transactional // expect: IneffectiveTransactional
  public static void purgeCaches() {}

  @Transactional // expect: IneffectiveTransactional
  public final void archiveAll() {
    orders.deleteAll();
  }

  /** Silent: Spring 6's class-based proxies intercept protected and package-private methods. */
  @Transactional
  protected void archiveQuietly(long orderId) {
    orders.deleteById(orderId);
  }

  @Transactional
  void archiveFromSamePackage(long orderId) {
    orders.deleteById(orderId);
  }

  /** Silent: a plain public method. */
  @Transactional
  public void archiveOne(long orderId) {
    orders.deleteById(orderId);
  }
}

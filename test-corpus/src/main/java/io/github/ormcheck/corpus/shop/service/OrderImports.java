package io.github.ormcheck.corpus.shop.service;

import io.github.ormcheck.corpus.shop.PurchaseOrder;
import io.github.ormcheck.corpus.shop.repository.PurchaseOrderRepository;
import java.time.Instant;
import java.util.List;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * TransactionalSelfInvocation: @Transactional methods called through this, where the proxy's
 * attributes are lost, and the calls that lose nothing.
 */
public class OrderImports {
  private final PurchaseOrderRepository orders;
  /** This bean's own proxy, injected (for example with @Lazy): calls through it are intercepted. */
  private OrderImports self;

  public OrderImports(PurchaseOrderRepository orders) {
    this.orders = orders;
  }

  public void setSelf(OrderImports self) {
    this.self = self;
  }

  /** Each row was meant to commit on its own; through this, none of them runs in a transaction. */
  public void importAll(List<Long> ids) {
    for (Long id : ids) {
      importOne(id); // expect: TransactionalSelfInvocation, QueryInLoop
    }
  }

  /** Fixed: through the injected proxy. Silent. */
  public void importAllThroughProxy(List<Long> ids) {
    for (Long id : ids) {
      self.importOne(id); // expect: QueryInLoop
    }
  }

  @Transactional
  public void importOne(long id) {
    orders.findById(id).ifPresent(order -> order.getTags().clear());
  }

  /** The audit row was meant to survive a rollback of the order; through this it does not. */
  @Transactional
  public void cancel(long id) {
    orders.deleteById(id);
    audit(id); // expect: TransactionalSelfInvocation
  }

  /** Fixed: the audit through the injected proxy runs in its own transaction and survives a rollback. Silent. */
  @Transactional
  public void cancelThroughProxy(long id) {
    orders.deleteById(id);
    self.audit(id);
  }

  /** Same attributes as the caller: joining the caller's transaction is what the proxy would do. Silent. */
  @Transactional
  public void reimport(long id) {
    importOne(id);
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void audit(long id) {
    orders.save(new PurchaseOrder(null, Instant.now()));
  }
}

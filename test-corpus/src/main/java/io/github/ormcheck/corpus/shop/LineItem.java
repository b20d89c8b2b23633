package io.github.ormcheck.corpus.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

@Entity
public class LineItem extends BaseEntity {
  @ManyToOne(fetch = FetchType.LAZY)
  private PurchaseOrder order;

  // The classic: no fetch attribute, so JPA makes it EAGER.
  @ManyToOne // expect: EagerToOne
  private Product product;

  private int quantity;

  protected LineItem() {}

  LineItem(PurchaseOrder order, Product product, int quantity) {
    this.order = order;
    this.product = product;
    this.quantity = quantity;
  }

  public PurchaseOrder getOrder() {
    return order;
  }

  public Product getProduct() {
    return product;
  }

  public int getQuantity() {
    return quantity;
  }
}

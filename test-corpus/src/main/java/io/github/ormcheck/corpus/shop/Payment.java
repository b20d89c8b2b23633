package io.github.ormcheck.corpus.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import java.math.BigDecimal;

@Entity
public class Payment extends BaseEntity {
  // The owning side of the one-to-one, LAZY: no finding.
  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "order_id")
  private PurchaseOrder order;

  private BigDecimal amount;

  // Eager on purpose (a handful of currencies, always shown with the amount); the team
  // suppresses the finding where it made that decision.
  @SuppressWarnings("EagerToOne")
  @ManyToOne
  private Currency currency;

  protected Payment() {}

  public Payment(PurchaseOrder order, BigDecimal amount, Currency currency) {
    this.order = order;
    this.amount = amount;
    this.currency = currency;
  }

  public PurchaseOrder getOrder() {
    return order;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public Currency getCurrency() {
    return currency;
  }
}

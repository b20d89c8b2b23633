package io.github.ormcheck.corpus.shop;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An order; named PurchaseOrder because ORDER is an SQL keyword. */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder extends BaseEntity {
  private Instant placedAt;

  // The owning to-one made LAZY: the clean twin of LineItem.product.
  @ManyToOne(fetch = FetchType.LAZY)
  private Customer customer;

  // Inverse side, lazy bag: no finding (mappedBy collections are the recommended mapping).
  @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
  private List<LineItem> lineItems = new ArrayList<>();

  // A many-to-many as a Set: the clean twin of Product.tags.
  @ManyToMany private Set<Tag> tags = new HashSet<>();

  protected PurchaseOrder() {}

  public PurchaseOrder(Customer customer, Instant placedAt) {
    this.customer = customer;
    this.placedAt = placedAt;
  }

  public Instant getPlacedAt() {
    return placedAt;
  }

  public Customer getCustomer() {
    return customer;
  }

  public List<LineItem> getLineItems() {
    return lineItems;
  }

  public Set<Tag> getTags() {
    return tags;
  }

  public LineItem addLine(Product product, int quantity) {
    LineItem line = new LineItem(this, product, quantity);
    lineItems.add(line);
    return line;
  }
}

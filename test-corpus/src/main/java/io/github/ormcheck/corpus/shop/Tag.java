package io.github.ormcheck.corpus.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import java.util.HashSet;
import java.util.Set;

@Entity
public class Tag extends BaseEntity {
  private String label;

  /** The inverse side of PurchaseOrder.tags: a collection of its own, lazy. */
  @ManyToMany(mappedBy = "tags")
  private Set<PurchaseOrder> orders = new HashSet<>();

  protected Tag() {}

  public Tag(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }

  public Set<PurchaseOrder> getOrders() {
    return orders;
  }
}

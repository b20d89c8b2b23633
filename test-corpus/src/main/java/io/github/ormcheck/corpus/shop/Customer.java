package io.github.ormcheck.corpus.shop;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import java.util.HashSet;
import java.util.Set;

@Entity
public class Customer extends BaseEntity {
  private String name;

  @Embedded private Address address;

  // Inverse side of PurchaseOrder.customer: lazy set, no finding.
  @OneToMany(mappedBy = "customer")
  private Set<PurchaseOrder> orders = new HashSet<>();

  protected Customer() {}

  public Customer(String name, Address address) {
    this.name = name;
    this.address = address;
  }

  public String getName() {
    return name;
  }

  public Address getAddress() {
    return address;
  }

  public Set<PurchaseOrder> getOrders() {
    return orders;
  }

  public void setName(String name) {
    this.name = name;
  }
}

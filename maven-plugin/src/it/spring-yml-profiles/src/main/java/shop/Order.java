package shop;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "orders")
public class Order {
  @Id Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  Customer customer;

  public Customer getCustomer() {
    return customer;
  }
}

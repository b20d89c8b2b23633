package shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Order {
  @Id Long id;
  @ManyToOne Customer customer;
  @ManyToOne(fetch = jakarta.persistence.FetchType.LAZY) Customer billTo;

  public Customer getBillTo() {
    return billTo;
  }
}

package shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Order {
  @Id Long id;
  @ManyToOne Customer customer;

  /** Needs the class the names-processor generates: compiles only where that processor runs. */
  static String idColumn() {
    return OrderNames.ID;
  }
}

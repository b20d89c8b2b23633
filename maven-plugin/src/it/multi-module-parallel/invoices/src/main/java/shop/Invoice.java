package shop;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.Set;

@Entity
public class Invoice {
  @Id Long id;
  @OneToMany(mappedBy = "invoice", fetch = FetchType.EAGER) Set<Customer> customers;
}

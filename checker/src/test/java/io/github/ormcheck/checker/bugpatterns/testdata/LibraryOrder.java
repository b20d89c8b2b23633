package io.github.ormcheck.checker.bugpatterns.testdata;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** An entity the load-plan tests read from its class file, as from another module's jar. */
@Entity
public class LibraryOrder {
  @Id Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  LibraryCustomer customer;

  public LibraryCustomer getCustomer() {
    return customer;
  }
}

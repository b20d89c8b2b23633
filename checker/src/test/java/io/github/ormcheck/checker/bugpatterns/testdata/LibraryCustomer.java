package io.github.ormcheck.checker.bugpatterns.testdata;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity the load-plan tests read from its class file, as from another module's jar. */
@Entity
public class LibraryCustomer {
  @Id Long id;
  String name;

  public String getName() {
    return name;
  }
}

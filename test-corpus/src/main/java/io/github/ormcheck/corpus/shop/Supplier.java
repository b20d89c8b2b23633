package io.github.ormcheck.corpus.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/**
 * Mapped with property access (@Id on the getter), as older code bases often are. Lazy
 * references to suppliers are loaded 25 at a time.
 */
@Entity
@BatchSize(size = 25)
public class Supplier {
  private Long id;
  private String name;
  private Country country;
  private Set<SupplyContract> contracts = new HashSet<>();

  @Id
  @GeneratedValue
  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  @ManyToOne(fetch = FetchType.LAZY)
  public Country getCountry() {
    return country;
  }

  public void setCountry(Country country) {
    this.country = country;
  }

  @OneToMany(mappedBy = "supplier", fetch = FetchType.EAGER) // expect: EagerToMany
  public Set<SupplyContract> getContracts() {
    return contracts;
  }

  public void setContracts(Set<SupplyContract> contracts) {
    this.contracts = contracts;
  }
}

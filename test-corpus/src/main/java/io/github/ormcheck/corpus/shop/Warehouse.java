package io.github.ormcheck.corpus.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Entity
public class Warehouse extends BaseEntity {
  private String name;

  // No mappedBy, no @JoinColumn: Hibernate adds a join table warehouse_stocked_products.
  @OneToMany // expect: UnidirectionalOneToMany
  private List<Product> stockedProducts = new ArrayList<>();

  // The clean twin: the foreign key lives in the shelf table.
  @OneToMany
  @JoinColumn(name = "warehouse_id")
  private Set<Shelf> shelves = new HashSet<>();

  protected Warehouse() {}

  public Warehouse(String name) {
    this.name = name;
  }

  public String getName() {
    return name;
  }

  public List<Product> getStockedProducts() {
    return stockedProducts;
  }

  public Set<Shelf> getShelves() {
    return shelves;
  }
}

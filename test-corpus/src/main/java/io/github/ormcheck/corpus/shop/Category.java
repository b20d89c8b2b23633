package io.github.ormcheck.corpus.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Entity
public class Category extends BaseEntity {
  private String name;

  @OneToMany(mappedBy = "category")
  private Set<Product> products = new HashSet<>();

  // A many-to-many List with @OrderColumn is an indexed list, not a bag: the clean twin of
  // Product.tags.
  @ManyToMany
  @JoinTable(name = "category_featured")
  @OrderColumn(name = "position")
  private List<Product> featured = new ArrayList<>();

  protected Category() {}

  public Category(String name) {
    this.name = name;
  }

  public String getName() {
    return name;
  }

  public Set<Product> getProducts() {
    return products;
  }

  public List<Product> getFeatured() {
    return featured;
  }
}

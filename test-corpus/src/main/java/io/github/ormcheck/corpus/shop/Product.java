package io.github.ormcheck.corpus.shop;

import static jakarta.persistence.FetchType.EAGER;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Entity
public class Product extends BaseEntity {
  private String name;
  private BigDecimal price;

  @ManyToOne(fetch = FetchType.EAGER) // expect: EagerToOne
  private Category category;

  // A bag of links: removing one tag rewrites all of the product's rows in the join table.
  @ManyToMany // expect: ManyToManyList
  private List<Tag> tags = new ArrayList<>();

  @ElementCollection(fetch = EAGER) // expect: EagerToMany
  @CollectionTable(name = "product_label")
  private Set<String> labels = new HashSet<>();

  protected Product() {}

  public Product(String name, BigDecimal price, Category category) {
    this.name = name;
    this.price = price;
    this.category = category;
  }

  public String getName() {
    return name;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public Category getCategory() {
    return category;
  }

  public List<Tag> getTags() {
    return tags;
  }

  public Set<String> getLabels() {
    return labels;
  }
}

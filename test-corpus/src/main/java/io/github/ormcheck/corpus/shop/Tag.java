package io.github.ormcheck.corpus.shop;

import jakarta.persistence.Entity;

@Entity
public class Tag extends BaseEntity {
  private String label;

  protected Tag() {}

  public Tag(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}

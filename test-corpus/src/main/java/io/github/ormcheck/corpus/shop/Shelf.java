package io.github.ormcheck.corpus.shop;

import jakarta.persistence.Entity;

@Entity
public class Shelf extends BaseEntity {
  private String code;

  protected Shelf() {}

  public Shelf(String code) {
    this.code = code;
  }

  public String getCode() {
    return code;
  }
}

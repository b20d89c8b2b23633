package io.github.ormcheck.corpus.shop;

import jakarta.persistence.Entity;

@Entity
public class Country extends BaseEntity {
  private String code;

  protected Country() {}

  public Country(String code) {
    this.code = code;
  }

  public String getCode() {
    return code;
  }
}

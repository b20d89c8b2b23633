package io.github.ormcheck.corpus.shop;

import jakarta.persistence.Entity;

/** A small reference table: a few rows, cached in practice. */
@Entity
public class Currency extends BaseEntity {
  private String isoCode;

  protected Currency() {}

  public Currency(String isoCode) {
    this.isoCode = isoCode;
  }

  public String getIsoCode() {
    return isoCode;
  }
}

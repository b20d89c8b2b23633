package io.github.ormcheck.corpus.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

@Entity
public class SupplyContract extends BaseEntity {
  @ManyToOne(fetch = FetchType.LAZY)
  private Supplier supplier;

  private LocalDate validUntil;

  protected SupplyContract() {}

  public SupplyContract(Supplier supplier, LocalDate validUntil) {
    this.supplier = supplier;
    this.validUntil = validUntil;
  }

  public Supplier getSupplier() {
    return supplier;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }
}

package io.github.ormcheck.corpus.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToOne;
import java.math.BigDecimal;

@Entity
public class Invoice extends BaseEntity {
  private BigDecimal total;

  // The inverse side of a one-to-one is loaded eagerly whatever fetch says: Hibernate must look
  // for the document to know whether to put null or a proxy here.
  @OneToOne(mappedBy = "invoice", fetch = FetchType.LAZY) // expect: EagerToOne
  private InvoiceDocument document;

  protected Invoice() {}

  public Invoice(BigDecimal total) {
    this.total = total;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public InvoiceDocument getDocument() {
    return document;
  }
}

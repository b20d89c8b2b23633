package io.github.ormcheck.corpus.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;

/** The rendered invoice; owns the one-to-one, LAZY: no finding. */
@Entity
public class InvoiceDocument extends BaseEntity {
  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "invoice_id")
  private Invoice invoice;

  private String storageKey;

  protected InvoiceDocument() {}

  public InvoiceDocument(Invoice invoice, String storageKey) {
    this.invoice = invoice;
    this.storageKey = storageKey;
  }

  public Invoice getInvoice() {
    return invoice;
  }

  public String getStorageKey() {
    return storageKey;
  }
}

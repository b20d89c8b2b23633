package io.github.ormcheck.corpus.shop;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToOne;
import java.time.Instant;

/**
 * A shipment and its label, which shares its primary key ({@code @MapsId} on the label). The
 * inverse one-to-one is lazy and not optional: every shipment has a label, and the label's id is
 * the shipment's own, so Hibernate can put a proxy here without looking. No finding.
 */
@Entity
public class Shipment extends BaseEntity {
  private Instant shippedAt;

  @OneToOne(mappedBy = "shipment", fetch = FetchType.LAZY, optional = false, cascade = CascadeType.ALL)
  private ShipmentLabel label;

  protected Shipment() {}

  public Shipment(Instant shippedAt, String carrier) {
    this.shippedAt = shippedAt;
    this.label = new ShipmentLabel(this, carrier);
  }

  public Instant getShippedAt() {
    return shippedAt;
  }

  public ShipmentLabel getLabel() {
    return label;
  }
}

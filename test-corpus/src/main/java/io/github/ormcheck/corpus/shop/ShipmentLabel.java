package io.github.ormcheck.corpus.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;

/** The carrier's label of a shipment; its id is the shipment's ({@code @MapsId}). */
@Entity
public class ShipmentLabel {
  @Id private Long id;

  @OneToOne(fetch = FetchType.LAZY)
  @MapsId
  private Shipment shipment;

  private String carrier;

  protected ShipmentLabel() {}

  ShipmentLabel(Shipment shipment, String carrier) {
    this.shipment = shipment;
    this.carrier = carrier;
  }

  public Shipment getShipment() {
    return shipment;
  }

  public String getCarrier() {
    return carrier;
  }
}

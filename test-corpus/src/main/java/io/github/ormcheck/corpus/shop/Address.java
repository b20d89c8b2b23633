package io.github.ormcheck.corpus.shop;

import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

/** A postal address; embedded in customers. */
@Embeddable
public class Address {
  private String street;
  private String city;

  // A to-one inside an embeddable is EAGER by default too: every customer query selects it.
  @ManyToOne // expect: EagerToOne
  private Country country;

  protected Address() {}

  public Address(String street, String city, Country country) {
    this.street = street;
    this.city = city;
    this.country = country;
  }

  public String getCity() {
    return city;
  }

  public Country getCountry() {
    return country;
  }

  public String getStreet() {
    return street;
  }
}

package io.github.ormcheck.checker.model;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.JavaFileObjects;
import org.junit.jupiter.api.Test;

/** Embeddables: their attributes, associations inside them, and their access type. */
class EntityModelEmbeddablesTest {

  @Test
  void embeddableWithAnAssociationInside() {
    JavacModel javac =
        JavacModel.of(
            JavaFileObjects.forSourceString(
                "shop.Carrier",
                """
                package shop;

                import jakarta.persistence.*;

                @Entity
                public class Carrier { @Id Long id; }
                """),
            JavaFileObjects.forSourceString(
                "shop.Shipping",
                """
                package shop;

                import jakarta.persistence.*;

                @Embeddable
                public class Shipping {
                  String trackingNumber;
                  @ManyToOne(fetch = FetchType.LAZY) Carrier carrier;
                }
                """),
            JavaFileObjects.forSourceString(
                "shop.Parcel",
                """
                package shop;

                import jakarta.persistence.*;

                @Entity
                public class Parcel {
                  @Id Long id;
                  @Embedded Shipping shipping;
                  Shipping returnShipping;
                }
                """));

    Attribute shipping = javac.attribute("shop.Parcel", "shipping");
    assertThat(shipping.kind()).isEqualTo(AttributeKind.EMBEDDED);
    assertThat(shipping.association()).isEmpty();
    assertThat(javac.attribute("shop.Parcel", "returnShipping").kind())
        .isEqualTo(AttributeKind.EMBEDDED);
    ManagedType embeddable = javac.model.embeddable(shipping).orElseThrow();
    assertThat(embeddable.kind()).isEqualTo(ManagedKind.EMBEDDABLE);
    assertThat(embeddable.isEntity()).isFalse();
    Attribute carrier = embeddable.attribute("carrier").orElseThrow();
    assertThat(carrier.kind()).isEqualTo(AttributeKind.ASSOCIATION);
    assertThat(javac.model.target(carrier).map(ManagedType::simpleName)).hasValue("Carrier");
  }

  @Test
  void embeddableFollowsTheAccessTypeOfTheAttributeThatEmbedsIt() {
    JavacModel javac =
        JavacModel.of(
            JavaFileObjects.forSourceString(
                "shop.Money",
                """
                package shop;

                import jakarta.persistence.*;

                @Embeddable
                public class Money {
                  private long cents;
                  public long getAmountInCents() { return cents; }
                  public void setAmountInCents(long amount) { cents = amount; }
                }
                """),
            JavaFileObjects.forSourceString(
                "shop.Payment",
                """
                package shop;

                import jakarta.persistence.*;

                @Entity
                public class Payment {
                  private Long key;
                  private Money money;
                  @Id public Long getId() { return key; }
                  public void setId(Long id) { key = id; }
                  @Embedded public Money getAmount() { return money; }
                  public void setAmount(Money amount) { money = amount; }
                }
                """),
            JavaFileObjects.forSourceString(
                "shop.Refund",
                """
                package shop;

                import jakarta.persistence.*;

                @Entity
                public class Refund {
                  @Id Long id;
                  Money amount;
                }
                """));

    ManagedType inPayment =
        javac.model.embeddable(javac.attribute("shop.Payment", "amount")).orElseThrow();
    assertThat(inPayment.access()).isEqualTo(AccessType.PROPERTY);
    assertThat(inPayment.attributes().keySet()).containsExactly("amountInCents");
    // The same embeddable under field access.
    ManagedType inRefund =
        javac.model.embeddable(javac.attribute("shop.Refund", "amount")).orElseThrow();
    assertThat(inRefund.access()).isEqualTo(AccessType.FIELD);
    assertThat(inRefund.attributes().keySet()).containsExactly("cents");
  }
}

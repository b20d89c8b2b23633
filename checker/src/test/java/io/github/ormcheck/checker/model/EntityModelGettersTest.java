package io.github.ormcheck.checker.model;

import static com.google.common.truth.Truth.assertThat;
import static io.github.ormcheck.checker.model.JavacModel.simpleName;

import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.ElementKind;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link EntityModel#attributeForGetter}: from a getter call to the attribute it reads; and the
 * model of entities read from class files, as the Error Prone checks see library entities.
 */
class EntityModelGettersTest {

  private static final JavaFileObject BASE =
      JavaFileObjects.forSourceString(
          "shop.BaseEntity",
          """
          package shop;

          import jakarta.persistence.*;

          @MappedSuperclass
          public abstract class BaseEntity {
            @Id Long id;
            public Long getId() { return id; }
          }
          """);

  private static final JavaFileObject CUSTOMER =
      JavaFileObjects.forSourceString(
          "shop.Customer",
          """
          package shop;

          import jakarta.persistence.*;
          import java.util.*;
          import org.hibernate.annotations.BatchSize;

          @Entity
          @BatchSize(size = 20)
          public class Customer extends BaseEntity {
            String name;
            @OneToMany(mappedBy = "customer") List<Order> orders;
            public String getName() { return name; }
            public List<Order> getOrders() { return orders; }
          }
          """);

  private static final JavaFileObject ADDRESS =
      JavaFileObjects.forSourceString(
          "shop.Address",
          """
          package shop;

          import jakarta.persistence.*;

          @Embeddable
          public class Address {
            String street;
            @ManyToOne(fetch = FetchType.LAZY) Country country;
            public Country getCountry() { return country; }
          }
          """);

  private static final JavaFileObject COUNTRY =
      JavaFileObjects.forSourceString(
          "shop.Country",
          """
          package shop;

          import jakarta.persistence.*;

          @Entity
          public class Country { @Id String code; }
          """);

  private static final JavaFileObject ORDER =
      JavaFileObjects.forSourceString(
          "shop.Order",
          """
          package shop;

          import jakarta.persistence.*;
          import java.math.BigDecimal;
          import java.util.*;
          import org.hibernate.annotations.*;

          @jakarta.persistence.Entity
          public class Order extends BaseEntity {
            boolean paid;
            Boolean archived;
            int quantity;
            @ManyToOne(fetch = FetchType.LAZY) Customer customer;
            @Embedded Address shippingAddress;
            @OneToMany(mappedBy = "order") @OrderColumn List<Item> items;
            @ManyToMany @Fetch(FetchMode.SUBSELECT) Set<Tag> tags;

            public Customer getCustomer() { return customer; }
            public boolean isPaid() { return paid; }
            public Boolean isArchived() { return archived; }
            public String getQuantity() { return String.valueOf(quantity); }
            public Address getShippingAddress() { return shippingAddress; }
            public List<Item> getItems() { return items; }
            public BigDecimal getTotal() { return BigDecimal.ZERO; }
            public String getCustomerName() { return customer.getName(); }
            public Customer getCustomer(boolean load) { return customer; }
            public static Order getInstance() { return new Order(); }
          }
          """);

  private static final JavaFileObject ITEM =
      JavaFileObjects.forSourceString(
          "shop.Item",
          """
          package shop;

          import jakarta.persistence.*;

          @Entity
          public class Item extends BaseEntity {
            @ManyToOne(fetch = FetchType.LAZY) Order order;
          }
          """);

  private static final JavaFileObject TAG =
      JavaFileObjects.forSourceString(
          "shop.Tag",
          """
          package shop;

          import jakarta.persistence.*;

          @Entity
          public class Tag {
            private Long key;
            private String text;
            @Id public Long getId() { return key; }
            public void setId(Long id) { key = id; }
            public String getLabel() { return text; }
            public void setLabel(String label) { text = label; }
          }
          """);

  private static final JavaFileObject OWNED =
      JavaFileObjects.forSourceString(
          "shop.Owned",
          """
          package shop;

          import jakarta.persistence.*;

          @MappedSuperclass
          public abstract class Owned<T> extends BaseEntity {
            @ManyToOne(fetch = FetchType.LAZY) T owner;
            public T getOwner() { return owner; }
          }
          """);

  private static final JavaFileObject SHIPMENT =
      JavaFileObjects.forSourceString(
          "shop.Shipment",
          """
          package shop;

          import jakarta.persistence.*;

          @Entity
          public class Shipment extends Owned<Customer> {}
          """);

  private static final JavaFileObject[] ENTITIES = {
    BASE, CUSTOMER, ADDRESS, COUNTRY, ORDER, ITEM, TAG, OWNED, SHIPMENT
  };

  @Test
  void computedAndNonGetterMethodsAreNoAttribute() {
    JavacModel javac = JavacModel.of(ENTITIES);

    assertThat(javac.getterCall("shop.Order", "shop.Order", "getTotal")).isEmpty();
    assertThat(javac.getterCall("shop.Order", "shop.Order", "getCustomerName")).isEmpty();
    assertThat(
            javac.model.attributeForGetter(
                javac.type("shop.Order").asType(), javac.method("shop.Order", "getInstance")))
        .isEmpty();
    // A getter whose type does not match the attribute it is named after.
    assertThat(javac.getterCall("shop.Order", "shop.Order", "getQuantity")).isEmpty();
  }

  @Test
  void getterWithParametersIsNoAttribute() {
    JavacModel javac = JavacModel.of(ENTITIES);

    var withParameter =
        javax.lang.model.util.ElementFilter.methodsIn(
                javac.type("shop.Order").getEnclosedElements())
            .stream()
            .filter(m -> m.getSimpleName().contentEquals("getCustomer"))
            .filter(m -> !m.getParameters().isEmpty())
            .findFirst()
            .orElseThrow();

    assertThat(javac.model.attributeForGetter(javac.type("shop.Order").asType(), withParameter))
        .isEmpty();
  }

  @Test
  void getterOfAFieldAccessAttribute() {
    JavacModel javac = JavacModel.of(ENTITIES);

    Attribute customer = javac.getterCall("shop.Order", "shop.Order", "getCustomer").orElseThrow();
    assertThat(customer.name()).isEqualTo("customer");
    assertThat(customer.element().getKind()).isEqualTo(ElementKind.FIELD);
    assertThat(javac.model.target(customer).map(ManagedType::simpleName)).hasValue("Customer");
  }

  @Test
  void isGetterOfABoolean() {
    JavacModel javac = JavacModel.of(ENTITIES);

    assertThat(javac.getterCall("shop.Order", "shop.Order", "isPaid").map(Attribute::name))
        .hasValue("paid");
    assertThat(javac.getterCall("shop.Order", "shop.Order", "isArchived").map(Attribute::name))
        .hasValue("archived");
  }

  @Test
  void inheritedGetter_seenFromTheSubclass() {
    JavacModel javac = JavacModel.of(ENTITIES);

    Attribute id = javac.getterCall("shop.Order", "shop.BaseEntity", "getId").orElseThrow();
    assertThat(id.name()).isEqualTo("id");
    assertThat(id.kind()).isEqualTo(AttributeKind.ID);
    assertThat(id.declaringType().getSimpleName().toString()).isEqualTo("BaseEntity");
  }

  @Test
  void getterOnAnEmbeddable() {
    JavacModel javac = JavacModel.of(ENTITIES);

    Attribute address =
        javac.getterCall("shop.Order", "shop.Order", "getShippingAddress").orElseThrow();
    assertThat(address.kind()).isEqualTo(AttributeKind.EMBEDDED);
    Attribute country =
        javac.getterCall("shop.Address", "shop.Address", "getCountry").orElseThrow();
    assertThat(country.isAssociation()).isTrue();
    assertThat(simpleName(country.association().get().target())).isEqualTo("Country");
  }

  @Test
  void getterInheritedFromAGenericMappedSuperclass() {
    JavacModel javac = JavacModel.of(ENTITIES);

    Attribute owner = javac.getterCall("shop.Shipment", "shop.Owned", "getOwner").orElseThrow();
    assertThat(owner.type().toString()).isEqualTo("shop.Customer");
    assertThat(javac.model.target(owner).map(ManagedType::simpleName)).hasValue("Customer");
  }

  @Test
  void getterOfAPropertyAccessAttribute() {
    JavacModel javac = JavacModel.of(ENTITIES);

    Attribute label = javac.getterCall("shop.Tag", "shop.Tag", "getLabel").orElseThrow();
    assertThat(label.name()).isEqualTo("label");
    assertThat(label.element().getKind()).isEqualTo(ElementKind.METHOD);
  }

  @Test
  void entitiesFromClassFilesReadLikeFromSource(@TempDir Path classes) {
    JavacModel fromSource = JavacModel.of(ENTITIES);
    JavacModel.compileTo(classes, ENTITIES);

    JavacModel fromClasses =
        JavacModel.withClasses(
            classes,
            JavaFileObjects.forSourceString(
                "app.Invoices",
                """
                package app;

                import shop.Order;

                class Invoices {
                  String print(Order order) {
                    return order.getCustomer().getName() + order.getItems().size();
                  }
                }
                """));

    for (String entity :
        new String[] {
          "shop.Order", "shop.Customer", "shop.Item", "shop.Tag", "shop.Address", "shop.Shipment"
        }) {
      assertThat(describe(fromClasses, entity)).isEqualTo(describe(fromSource, entity));
    }
    assertThat(describe(fromClasses, "shop.Order").keySet())
        .containsExactly(
            "id", "paid", "archived", "quantity", "customer", "shippingAddress", "items", "tags");
    assertThat(describe(fromClasses, "shop.Order").get("tags"))
        .endsWith("MANY_TO_MANY LAZY JPA_DEFAULT Tag SET - false OptionalInt.empty Optional[SUBSELECT]");
    assertThat(fromClasses.managed("shop.Tag").access()).isEqualTo(AccessType.PROPERTY);
    assertThat(fromClasses.managed("shop.Customer").batchSize()).hasValue(20);
    assertThat(fromClasses.model.batchSize(fromClasses.association("shop.Order", "customer")))
        .hasValue(20);
    assertThat(
            fromClasses.getterCall("shop.Order", "shop.Order", "getCustomer").map(Attribute::name))
        .hasValue("customer");
    assertThat(fromClasses.getterCall("shop.Order", "shop.BaseEntity", "getId").map(Attribute::name))
        .hasValue("id");
    assertThat(fromClasses.getterCall("shop.Order", "shop.Order", "getTotal")).isEmpty();
  }

  /** Everything the rules read from an attribute, by attribute name. */
  private static Map<String, String> describe(JavacModel javac, String entity) {
    Map<String, String> attributes = new TreeMap<>();
    for (Attribute attribute : javac.managed(entity).attributes().values()) {
      String association =
          attribute
              .association()
              .map(
                  a ->
                      String.join(
                          " ",
                          a.cardinality().name(),
                          a.fetch().name(),
                          a.fetchSource().name(),
                          simpleName(a.target()),
                          a.collectionKind().name(),
                          a.mappedBy().orElse("-"),
                          String.valueOf(a.joinColumn()),
                          String.valueOf(a.batchSize()),
                          String.valueOf(a.fetchMode())))
              .orElse("");
      attributes.put(
          attribute.name(),
          String.join(
              " ",
              attribute.kind().name(),
              attribute.element().getKind().name(),
              attribute.declaringType().getSimpleName(),
              attribute.type().toString(),
              simpleName(attribute.embeddable()),
              association));
    }
    return attributes;
  }
}

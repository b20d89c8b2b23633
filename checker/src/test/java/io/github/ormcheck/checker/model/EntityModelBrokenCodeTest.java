package io.github.ormcheck.checker.model;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.JavaFileObjects;
import org.junit.jupiter.api.Test;

/**
 * The model over elements of code that does not compile: javac runs no processor on it, but the
 * model is shared with other callers and must read it without throwing, knowing nothing more
 * than what is written.
 */
class EntityModelBrokenCodeTest {

  @Test
  void erroneousAnnotationValuesAndUnresolvableTypes() {
    JavacModel javac =
        JavacModel.allowingErrors(
            JavaFileObjects.forSourceString(
                "shop.Order",
                """
                package shop;

                import jakarta.persistence.*;
                import java.util.*;
                import org.hibernate.annotations.*;

                @jakarta.persistence.Entity
                @Access(AccessType.NEITHER)
                @BatchSize(size = "many")
                public class Order extends MissingBase {
                  @jakarta.persistence.Id Long id;
                  @ManyToOne(fetch = FetchType.SOMETIMES) Customer customer;
                  @OneToMany(fetch = "LAZY") List<Customer> customers;
                  @ManyToMany @Fetch(FetchMode.WHATEVER) Set<Customer> tags;
                  @OneToOne(targetEntity = Absent.class) Customer owner;
                  @ManyToOne Missing missing;
                  @OneToMany List<Unknown> unknowns;
                  @Embedded Lost lost;
                }

                @jakarta.persistence.Entity
                class Customer { @jakarta.persistence.Id Long id; }
                """));

    ManagedType order = javac.managed("shop.Order");

    assertThat(order.access()).isEqualTo(AccessType.FIELD);
    assertThat(order.batchSize()).isEmpty();
    assertThat(order.attributes().keySet())
        .containsExactly(
            "id", "customer", "customers", "tags", "owner", "missing", "unknowns", "lost");
    // What cannot be read falls back to what JPA assumes when nothing is written.
    Association customer = javac.association("shop.Order", "customer");
    assertThat(customer.fetchSource()).isEqualTo(FetchSource.JPA_DEFAULT);
    Association customers = javac.association("shop.Order", "customers");
    assertThat(customers.fetchSource()).isEqualTo(FetchSource.JPA_DEFAULT);
    assertThat(javac.association("shop.Order", "tags").fetchMode()).isEmpty();
    assertThat(javac.association("shop.Order", "owner").cardinality())
        .isEqualTo(Cardinality.ONE_TO_ONE);
    assertThat(javac.association("shop.Order", "missing").target()).isEmpty();
    assertThat(javac.association("shop.Order", "unknowns").target()).isEmpty();
    assertThat(javac.attribute("shop.Order", "lost").embeddable()).isEmpty();
    assertThat(javac.model.embeddable(javac.attribute("shop.Order", "lost"))).isEmpty();
    assertThat(javac.model.batchSize(javac.association("shop.Order", "missing"))).isEmpty();
  }
}

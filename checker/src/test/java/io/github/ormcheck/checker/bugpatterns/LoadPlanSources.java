package io.github.ormcheck.checker.bugpatterns;

import com.google.errorprone.CompilationTestHelper;

/** The entities and stubs the load-plan rule tests compile against. */
final class LoadPlanSources {
  private LoadPlanSources() {}

  static CompilationTestHelper withShop(CompilationTestHelper helper) {
    return helper
        .addSourceLines("org/springframework/data/repository/Repository.java",
            "package org.springframework.data.repository;",
            "public interface Repository<T, ID> {}")
        .addSourceLines("org/springframework/data/jpa/repository/Query.java",
            "package org.springframework.data.jpa.repository;",
            "public @interface Query { String value() default \"\"; boolean nativeQuery() default false; }")
        .addSourceLines("org/springframework/data/jpa/repository/EntityGraph.java",
            "package org.springframework.data.jpa.repository;",
            "public @interface EntityGraph { String value() default \"\"; String[] attributePaths() default {}; }")
        .addSourceLines("shop/Address.java",
            "package shop;",
            "import jakarta.persistence.*;",
            "@Embeddable public class Address {",
            "  String city;",
            "  @ManyToOne(fetch = FetchType.LAZY) Country country;",
            "  public Country getCountry() { return country; }",
            "}")
        .addSourceLines("shop/Country.java",
            "package shop;",
            "import jakarta.persistence.*;",
            "@Entity public class Country { @Id Long id; String code; public String getCode() { return code; } }")
        .addSourceLines("shop/Customer.java",
            "package shop;",
            "import jakarta.persistence.*;",
            "@Entity public class Customer {",
            "  @Id Long id; String name; @Embedded Address address;",
            "  public Long getId() { return id; }",
            "  public String getName() { return name; }",
            "  public Address getAddress() { return address; }",
            "}")
        .addSourceLines("shop/Line.java",
            "package shop;",
            "import jakarta.persistence.*;",
            "@Entity public class Line {",
            "  @Id Long id;",
            "  @ManyToOne(fetch = FetchType.LAZY) Order order;",
            "  @ManyToOne Country origin;",
            "  public Order getOrder() { return order; }",
            "  public Country getOrigin() { return origin; }",
            "}")
        .addSourceLines("shop/Order.java",
            "package shop;",
            "import jakarta.persistence.*;",
            "import java.util.List;",
            "@Entity @Table(name = \"orders\") public class Order {",
            "  @Id Long id; String status;",
            "  @ManyToOne(fetch = FetchType.LAZY) Customer customer;",
            "  @OneToMany(mappedBy = \"order\") List<Line> lines;",
            "  public Long getId() { return id; }",
            "  public String getStatus() { return status; }",
            "  public Customer getCustomer() { return customer; }",
            "  public List<Line> getLines() { return lines; }",
            "}");
  }
}

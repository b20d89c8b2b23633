package io.github.ormcheck.checker.bugpatterns;

import com.google.errorprone.CompilationTestHelper;

/**
 * A small shop shared by the collection-fetch check tests: Order has a bag (lines), a set (tags),
 * an indexed list (notes) and a to-one (customer); Line has a set (discounts), a bag (labels) and
 * a to-one (product); Product has a bag (tags). Spring Data and Hibernate appear as stubs.
 */
final class CollectionFetchFixtures {
  private CollectionFetchFixtures() {}

  static CompilationTestHelper shop(CompilationTestHelper helper) {
    return helper
        .addSourceLines("org/springframework/data/repository/Repository.java",
            "package org.springframework.data.repository;",
            "public interface Repository<T, ID> {}")
        .addSourceLines("org/springframework/data/jpa/repository/Query.java",
            "package org.springframework.data.jpa.repository;",
            "public @interface Query { String value() default \"\"; String countQuery() default \"\"; boolean nativeQuery() default false; }")
        .addSourceLines("org/springframework/data/jpa/repository/EntityGraph.java",
            "package org.springframework.data.jpa.repository;",
            "public @interface EntityGraph { String value() default \"\"; String[] attributePaths() default {}; }")
        .addSourceLines("org/springframework/data/domain/Pageable.java",
            "package org.springframework.data.domain;",
            "public interface Pageable {}")
        .addSourceLines("org/springframework/data/domain/Limit.java",
            "package org.springframework.data.domain;",
            "public interface Limit {}")
        .addSourceLines("org/springframework/data/domain/Page.java",
            "package org.springframework.data.domain;",
            "public interface Page<T> extends Iterable<T> {}")
        .addSourceLines("org/hibernate/query/SelectionQuery.java",
            "package org.hibernate.query;",
            "public interface SelectionQuery<R> {",
            "  SelectionQuery<R> setMaxResults(int max);",
            "  SelectionQuery<R> setFirstResult(int first);",
            "  java.util.List<R> getResultList();",
            "}")
        .addSourceLines("org/hibernate/Session.java",
            "package org.hibernate;",
            "public interface Session {",
            "  <R> org.hibernate.query.SelectionQuery<R> createSelectionQuery(String hql, Class<R> type);",
            "}")
        .addSourceLines("shop/Customer.java",
            "package shop;",
            "import jakarta.persistence.*;",
            "@Entity public class Customer {",
            "  @Id Long id;",
            "  @ManyToOne(fetch = FetchType.LAZY) Customer referrer;",
            "}")
        .addSourceLines("shop/Tag.java",
            "package shop;",
            "import jakarta.persistence.*;",
            "@Entity public class Tag { @Id Long id; }")
        .addSourceLines("shop/Product.java",
            "package shop;",
            "import jakarta.persistence.*;",
            "@Entity public class Product {",
            "  @Id Long id;",
            "  @ManyToMany java.util.List<Tag> tags;",
            "}")
        .addSourceLines("shop/Order.java",
            "package shop;",
            "import jakarta.persistence.*;",
            "import java.util.*;",
            "@Entity @Table(name = \"orders\")",
            "@NamedEntityGraph(name = \"Order.lines\", attributeNodes = @NamedAttributeNode(\"lines\"))",
            "public class Order {",
            "  @Id Long id;",
            "  @ManyToOne(fetch = FetchType.LAZY) Customer customer;",
            "  @OneToMany(mappedBy = \"order\") List<Line> lines;",
            "  @ManyToMany Set<Tag> tags;",
            "  @ElementCollection @OrderColumn List<String> notes;",
            "}")
        .addSourceLines("shop/Line.java",
            "package shop;",
            "import jakarta.persistence.*;",
            "import java.util.*;",
            "@Entity public class Line {",
            "  @Id Long id;",
            "  @ManyToOne(fetch = FetchType.LAZY) Order order;",
            "  @ManyToOne(fetch = FetchType.LAZY) Product product;",
            "  @ElementCollection Set<String> discounts;",
            "  @ElementCollection List<String> labels;",
            "}");
  }
}

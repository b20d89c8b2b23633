package io.github.ormcheck.checker.bugpatterns;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import org.junit.jupiter.api.Test;

/** The suggested fix: @EntityGraph on the repository method, when it is in the same file. */
class LazyLoadInLoopFixTest {

  @Test
  void addsTheEntityGraphToTheRepositoryMethod() {
    BugCheckerRefactoringTestHelper.newInstance(LazyLoadInLoop.class, getClass())
        .addInputLines("org/springframework/data/repository/Repository.java",
            "package org.springframework.data.repository;",
            "public interface Repository<T, ID> {}")
        .expectUnchanged()
        .addInputLines("org/springframework/data/jpa/repository/EntityGraph.java",
            "package org.springframework.data.jpa.repository;",
            "public @interface EntityGraph { String value() default \"\"; String[] attributePaths() default {}; }")
        .expectUnchanged()
        .addInputLines("shop/Customer.java",
            "package shop;",
            "import jakarta.persistence.*;",
            "@Entity public class Customer { @Id Long id; String name; public String getName() { return name; } }")
        .expectUnchanged()
        .addInputLines("shop/Order.java",
            "package shop;",
            "import jakarta.persistence.*;",
            "@Entity public class Order {",
            "  @Id Long id;",
            "  @ManyToOne(fetch = FetchType.LAZY) Customer customer;",
            "  public Customer getCustomer() { return customer; }",
            "}")
        .expectUnchanged()
        .addInputLines("shop/Reports.java",
            "package shop;",
            "import java.util.List;",
            "class Reports {",
            "  interface Orders extends org.springframework.data.repository.Repository<Order, Long> {",
            "    List<Order> findByIdGreaterThan(long id);",
            "  }",
            "  Orders orders;",
            "  void print() {",
            "    for (Order o : orders.findByIdGreaterThan(0)) {",
            "      System.out.println(o.getCustomer().getName());",
            "    }",
            "  }",
            "}")
        .addOutputLines("shop/Reports.java",
            "package shop;",
            "import java.util.List;",
            "import org.springframework.data.jpa.repository.EntityGraph;",
            "class Reports {",
            "  interface Orders extends org.springframework.data.repository.Repository<Order, Long> {",
            "    @EntityGraph(attributePaths = \"customer\") List<Order> findByIdGreaterThan(long id);",
            "  }",
            "  Orders orders;",
            "  void print() {",
            "    for (Order o : orders.findByIdGreaterThan(0)) {",
            "      System.out.println(o.getCustomer().getName());",
            "    }",
            "  }",
            "}")
        .doTest(BugCheckerRefactoringTestHelper.TestMode.TEXT_MATCH);
  }
}

package io.github.ormcheck.checker.mappings;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.ormcheck.checker.testing.MappingRun.assertNoFinding;
import static io.github.ormcheck.checker.testing.MappingRun.compile;
import static io.github.ormcheck.checker.testing.MappingRun.findings;
import static io.github.ormcheck.checker.testing.MappingRun.onlyFinding;
import static io.github.ormcheck.checker.testing.MappingRun.source;

import com.google.testing.compile.Compilation;
import io.github.ormcheck.checker.testing.MappingRun;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class UnidirectionalOneToManyRuleTest {
  private static final String RULE = "UnidirectionalOneToMany";

  private static final JavaFileObject LINE =
      source(
          "shop.OrderLine",
          """
          package shop;

          import jakarta.persistence.*;

          @Entity
          public class OrderLine {
            @Id Long id;
            @ManyToOne(fetch = FetchType.LAZY) Order order;
          }
          """);

  private static JavaFileObject order(String body) {
    return source(
        "shop.Order",
        """
        package shop;

        import jakarta.persistence.*;
        import java.util.*;

        @Entity
        public class Order {
          @Id Long id;
        %s
        }
        """
            .formatted(body));
  }

  @Test
  void plainClassWithTheSameFieldsIsNotChecked() {
    Compilation compilation =
        compile(
            LINE,
            source(
                "shop.OrderDraft",
                """
                package shop;

                import jakarta.persistence.*;
                import java.util.List;

                public class OrderDraft {
                  @OneToMany List<OrderLine> lines;
                }
                """));

    assertNoFinding(compilation, RULE);
  }

  @Test
  void elementCollectionsAndManyToManyAreNotOneToMany() {
    Compilation compilation =
        compile(
            LINE,
            order(
                """
                  @ElementCollection List<String> notes;
                  @ManyToMany Set<OrderLine> related;
                """));

    assertNoFinding(compilation, RULE);
  }

  @Test
  void mappedByCollectionsAreBidirectional() {
    Compilation compilation =
        compile(
            LINE,
            order(
                """
                  @OneToMany(mappedBy = "order") List<OrderLine> lines;
                  @OneToMany(mappedBy = "order") @OrderColumn List<OrderLine> sorted;
                """));

    assertNoFinding(compilation, RULE);
  }

  @Test
  void joinColumnKeepsTheForeignKeyInTheChildTable() {
    Compilation compilation =
        compile(
            LINE,
            order(
                """
                  @OneToMany @JoinColumn(name = "order_id") List<OrderLine> lines;
                  @OneToMany
                  @JoinColumns({
                    @JoinColumn(name = "order_id"),
                    @JoinColumn(name = "order_version")
                  })
                  Set<OrderLine> versioned;
                """));

    assertNoFinding(compilation, RULE);
  }

  @Test
  void suppressedOnTheFieldOrTheClass() {
    Compilation onField =
        compile(
            LINE,
            order(
                """
                  @SuppressWarnings("UnidirectionalOneToMany") @OneToMany Set<OrderLine> lines;
                """));
    Compilation onClass =
        compile(
            LINE,
            source(
                "shop.Order",
                """
                package shop;

                import jakarta.persistence.*;
                import java.util.Set;

                @Entity
                @SuppressWarnings("UnidirectionalOneToMany")
                public class Order {
                  @Id Long id;
                  @OneToMany Set<OrderLine> lines;
                }
                """));

    assertThat(onField).succeededWithoutWarnings();
    assertThat(onClass).succeededWithoutWarnings();
  }

  @Test
  void suppressedOnTheGetter() {
    Compilation compilation =
        compile(
            LINE,
            source(
                "shop.Order",
                """
                package shop;

                import jakarta.persistence.*;
                import java.util.Set;

                @Entity
                public class Order {
                  private Long id;
                  private Set<OrderLine> lines;

                  @Id public Long getId() { return id; }
                  public void setId(Long id) { this.id = id; }

                  @SuppressWarnings("UnidirectionalOneToMany")
                  @OneToMany public Set<OrderLine> getLines() { return lines; }
                  public void setLines(Set<OrderLine> lines) { this.lines = lines; }
                }
                """));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void oneToManyWithNeitherMappedByNorJoinColumn() {
    JavaFileObject order = order("  @OneToMany(cascade = CascadeType.ALL) Set<OrderLine> lines;");

    Compilation compilation = compile(LINE, order);

    String message = onlyFinding(compilation, RULE);
    assertThat(message).startsWith("[UnidirectionalOneToMany] Order.lines is a unidirectional @OneToMany");
    assertThat(message).contains("join table");
    assertThat(message).contains("extra insert");
    assertThat(message).contains("mappedBy");
    assertThat(message).contains("@JoinColumn");
    assertThat(message).contains("OrderLine");
    assertThat(compilation)
        .hadWarningContaining("[UnidirectionalOneToMany] Order.lines")
        .inFile(order)
        .onLineContaining("@OneToMany(cascade = CascadeType.ALL) Set<OrderLine> lines;");
  }

  @Test
  void listsAndMapsToo() {
    Compilation compilation =
        compile(
            LINE,
            order(
                """
                  @OneToMany List<OrderLine> lines;
                  @OneToMany Map<String, OrderLine> byCode;
                """));

    assertThat(findings(compilation, RULE)).hasSize(2);
  }

  @Test
  void javaxNamespaceAndPropertyAccess() {
    JavaFileObject order =
        source(
            "legacy.Order",
            """
            package legacy;

            import java.util.Set;
            import javax.persistence.*;

            @Entity
            public class Order {
              private Long id;
              private Set<Line> lines;

              @Id public Long getId() { return id; }
              public void setId(Long id) { this.id = id; }

              @OneToMany
              public Set<Line> getLines() { return lines; }
              public void setLines(Set<Line> lines) { this.lines = lines; }
            }

            @Entity
            class Line {
              @Id Long id;
            }
            """);

    Compilation compilation = compile(order);

    assertThat(onlyFinding(compilation, RULE)).contains("Order.lines");
    assertThat(compilation)
        .hadWarningContaining("[UnidirectionalOneToMany] Order.lines")
        .inFile(order)
        .onLineContaining("@OneToMany");
  }

  @Test
  void mappedSuperclassAttributeIsReportedOnceAtTheSuperclass() {
    JavaFileObject documented =
        source(
            "shop.Documented",
            """
            package shop;

            import jakarta.persistence.*;
            import java.util.Set;

            @MappedSuperclass
            public abstract class Documented {
              @Id Long id;
              @OneToMany Set<OrderLine> attachments;
            }
            """);

    Compilation compilation =
        compile(
            LINE,
            documented,
            source("shop.Order", "package shop; @jakarta.persistence.Entity public class Order extends Documented {}"),
            source("shop.Invoice", "package shop; @jakarta.persistence.Entity public class Invoice extends Documented {}"));

    assertThat(onlyFinding(compilation, RULE)).contains("Documented.attachments");
    assertThat(compilation)
        .hadWarningContaining("[UnidirectionalOneToMany] Documented.attachments")
        .inFile(documented)
        .onLineContaining("@OneToMany Set<OrderLine> attachments;");
  }

  private static final JavaFileObject OPENJPA =
      source(
          "org.apache.openjpa.persistence.PersistenceProviderImpl",
          "package org.apache.openjpa.persistence; public class PersistenceProviderImpl {}");

  @Test
  void openJpaElementJoinColumnKeepsTheForeignKeyInTheChildTable() {
    JavaFileObject elementJoinColumn =
        source(
            "org.apache.openjpa.persistence.jdbc.ElementJoinColumn",
            """
            package org.apache.openjpa.persistence.jdbc;

            public @interface ElementJoinColumn {
              String name() default "";
              String referencedColumnName() default "";
            }
            """);
    JavaFileObject elementJoinColumns =
        source(
            "org.apache.openjpa.persistence.jdbc.ElementJoinColumns",
            """
            package org.apache.openjpa.persistence.jdbc;

            public @interface ElementJoinColumns {
              ElementJoinColumn[] value();
            }
            """);
    JavaFileObject order =
        order(
            """
              @OneToMany
              @org.apache.openjpa.persistence.jdbc.ElementJoinColumn(name = "order_id")
              List<OrderLine> lines;
              @OneToMany
              @org.apache.openjpa.persistence.jdbc.ElementJoinColumns({
                @org.apache.openjpa.persistence.jdbc.ElementJoinColumn(name = "order_id"),
                @org.apache.openjpa.persistence.jdbc.ElementJoinColumn(name = "order_version")
              })
              Set<OrderLine> versioned;
              @OneToMany Set<OrderLine> linked;
              @OneToMany
              @org.apache.openjpa.persistence.jdbc.ContainerTable(name = "order_lines")
              @org.apache.openjpa.persistence.jdbc.ElementJoinColumn(name = "line_id")
              Set<OrderLine> tabled;
            """);
    JavaFileObject containerTable =
        source(
            "org.apache.openjpa.persistence.jdbc.ContainerTable",
            """
            package org.apache.openjpa.persistence.jdbc;

            public @interface ContainerTable {
              String name() default "";
            }
            """);

    Compilation compilation = compile(LINE, order, elementJoinColumn, elementJoinColumns, containerTable, OPENJPA);

    // The collection without any join column, and the one whose element join column names a
    // column of its container table, are mapped through a join table.
    java.util.List<String> messages = findings(compilation, RULE).stream().map(MappingRun::message).toList();
    assertThat(messages).hasSize(2);
    assertThat(messages.stream().filter(m -> m.contains("Order.tabled is a unidirectional")).count()).isEqualTo(1);
    String message = messages.stream().filter(m -> m.contains("Order.linked")).findFirst().orElseThrow();
    assertThat(message).startsWith("[UnidirectionalOneToMany] Order.linked is a unidirectional @OneToMany");
    assertThat(message).contains("JPA maps it through a join table by default");
    assertThat(message).doesNotContain("Hibernate");
    assertThat(message).doesNotContain("re-insert");
  }
}

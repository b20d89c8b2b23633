package io.github.ormcheck.checker.mappings;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.ormcheck.checker.testing.MappingRun.assertNoFinding;
import static io.github.ormcheck.checker.testing.MappingRun.findings;
import static io.github.ormcheck.checker.testing.MappingRun.onlyFinding;
import static io.github.ormcheck.checker.testing.MappingRun.source;

import com.google.testing.compile.Compilation;
import io.github.ormcheck.checker.testing.MappingRun;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The mapping side of {@code MultipleBagFetch}: two EAGER bags on one entity, which Hibernate 5
 * refuses when the session factory starts.
 */
class EagerBagsRuleTest {
  private static final String RULE = "MultipleBagFetch";
  private static final List<String> HIBERNATE_5 = List.of("-Aormcheck.hibernateVersion=5.6");

  private static final JavaFileObject LINE =
      source(
          "shop.Line",
          """
          package shop;

          import jakarta.persistence.*;

          @Entity
          public class Line {
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
        import org.hibernate.annotations.*;

        @jakarta.persistence.Entity
        public class Order {
          @jakarta.persistence.Id Long id;
        %s
        }
        """
            .formatted(body));
  }

  private static Compilation compile(JavaFileObject... sources) {
    return MappingRun.compile(HIBERNATE_5, sources);
  }

  private static final String TWO_EAGER_LISTS =
      """
        @OneToMany(mappedBy = "order", fetch = FetchType.EAGER) List<Line> lines;
        @ElementCollection(fetch = FetchType.EAGER) List<String> notes;
      """;

  @Test
  void silentWhenTheHibernateVersionIsUnknown() {
    Compilation compilation = MappingRun.compile(LINE, order(TWO_EAGER_LISTS));

    assertNoFinding(compilation, RULE);
  }

  @Test
  void silentOnHibernate6AndLater() {
    Compilation compilation =
        MappingRun.compile(
            List.of("-Aormcheck.hibernateVersion=6.6.5.Final"), LINE, order(TWO_EAGER_LISTS));

    assertNoFinding(compilation, RULE);
  }

  @Test
  void plainClassWithTheSameFieldsIsNotChecked() {
    Compilation compilation =
        compile(
            LINE,
            source(
                "shop.OrderView",
                """
                package shop;

                import jakarta.persistence.*;
                import java.util.List;

                public class OrderView {
                  @OneToMany(fetch = FetchType.EAGER) List<Line> lines;
                  @ElementCollection(fetch = FetchType.EAGER) List<String> notes;
                }
                """));

    assertNoFinding(compilation, RULE);
  }

  @Test
  void oneEagerBagOrLazyBagsAreFine() {
    Compilation compilation =
        compile(
            LINE,
            order(
                """
                  @OneToMany(mappedBy = "order", fetch = FetchType.EAGER) List<Line> lines;
                  @ElementCollection List<String> notes;
                  @ElementCollection List<String> labels;
                """));

    assertNoFinding(compilation, RULE);
  }

  @Test
  void eagerListAndEagerSet() {
    Compilation compilation =
        compile(
            LINE,
            order(
                """
                  @OneToMany(mappedBy = "order", fetch = FetchType.EAGER) List<Line> lines;
                  @ElementCollection(fetch = FetchType.EAGER) Set<String> notes;
                """));

    assertNoFinding(compilation, RULE);
  }

  @Test
  void eagerBagAndEagerIndexedListOrIdBag() {
    Compilation compilation =
        compile(
            LINE,
            order(
                """
                  @OneToMany(mappedBy = "order", fetch = FetchType.EAGER) List<Line> lines;
                  @ElementCollection(fetch = FetchType.EAGER) @OrderColumn List<String> notes;
                  @ManyToMany(fetch = FetchType.EAGER) @CollectionId List<Line> history;
                """));

    assertNoFinding(compilation, RULE);
  }

  @Test
  void eagerBagsFetchedBySeparateSelects() {
    Compilation compilation =
        compile(
            LINE,
            order(
                """
                  @OneToMany(mappedBy = "order", fetch = FetchType.EAGER) List<Line> lines;
                  @ElementCollection(fetch = FetchType.EAGER) @Fetch(FetchMode.SUBSELECT) List<String> notes;
                  @ElementCollection(fetch = FetchType.EAGER) @Fetch(FetchMode.SELECT) List<String> labels;
                """));

    assertNoFinding(compilation, RULE);
  }

  @Test
  void suppressedOnTheClassOrTheReportedField() {
    Compilation onClass =
        compile(
            LINE,
            source(
                "shop.Order",
                """
                package shop;

                import jakarta.persistence.*;
                import java.util.List;

                @Entity
                @SuppressWarnings({"MultipleBagFetch", "EagerToMany"})
                public class Order {
                  @Id Long id;
                  @OneToMany(mappedBy = "order", fetch = FetchType.EAGER) List<Line> lines;
                  @ElementCollection(fetch = FetchType.EAGER) List<String> notes;
                }
                """));
    Compilation onField =
        compile(
            LINE,
            order(
                """
                  @OneToMany(mappedBy = "order", fetch = FetchType.EAGER) List<Line> lines;
                  @SuppressWarnings("MultipleBagFetch")
                  @ElementCollection(fetch = FetchType.EAGER) List<String> notes;
                """));

    assertThat(onClass).succeededWithoutWarnings();
    assertNoFinding(onField, RULE);
    assertThat(onField).succeeded();
  }

  @Test
  void twoEagerListsAreOneError() {
    JavaFileObject order = order(TWO_EAGER_LISTS);

    Compilation compilation = compile(LINE, order);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    String message = onlyFinding(compilation, RULE);
    assertThat(message).startsWith("[MultipleBagFetch] Entity Order has 2 EAGER bags (lines, notes)");
    assertThat(message).contains("Hibernate 5.6");
    assertThat(message).contains("MultipleBagFetchException");
    assertThat(compilation)
        .hadErrorContaining("[MultipleBagFetch] Entity Order")
        .inFile(order)
        .onLineContaining("List<String> notes;");
  }

  @Test
  void hibernateAnnotationsMakeBagsEagerToo() {
    Compilation compilation =
        compile(
            LINE,
            order(
                """
                  @OneToMany(mappedBy = "order") @Fetch(FetchMode.JOIN) Collection<Line> lines;
                  @ElementCollection @LazyCollection(LazyCollectionOption.FALSE) List<String> notes;
                """));

    assertThat(onlyFinding(compilation, RULE)).contains("2 EAGER bags (lines, notes)");
  }

  @Test
  void inheritedEagerBagPlusOwnEagerBag() {
    JavaFileObject document =
        source(
            "shop.Document",
            """
            package shop;

            import jakarta.persistence.*;
            import java.util.List;

            @Entity
            @Inheritance
            public class Document {
              @Id Long id;
              @ElementCollection(fetch = FetchType.EAGER) List<String> keywords;
            }
            """);
    JavaFileObject invoice =
        source(
            "shop.Invoice",
            """
            package shop;

            import jakarta.persistence.*;
            import java.util.List;

            @Entity
            public class Invoice extends Document {
              @ElementCollection(fetch = FetchType.EAGER) List<String> remarks;
            }
            """);

    Compilation compilation = compile(document, invoice);

    assertThat(onlyFinding(compilation, RULE))
        .startsWith("[MultipleBagFetch] Entity Invoice has 2 EAGER bags (keywords, remarks)");
    assertThat(compilation)
        .hadErrorContaining("[MultipleBagFetch] Entity Invoice")
        .inFile(invoice)
        .onLineContaining("List<String> remarks;");
  }

  @Test
  void bagsInheritedFromAMappedSuperclassAreReportedAtTheEntity() {
    JavaFileObject base =
        source(
            "shop.Annotated",
            """
            package shop;

            import jakarta.persistence.*;
            import java.util.List;

            @MappedSuperclass
            public abstract class Annotated {
              @Id Long id;
              @ElementCollection(fetch = FetchType.EAGER) List<String> keywords;
              @ElementCollection(fetch = FetchType.EAGER) List<String> remarks;
            }
            """);
    JavaFileObject report =
        source(
            "shop.Report",
            """
            package shop;

            @jakarta.persistence.Entity
            public class Report extends Annotated {}
            """);

    Compilation compilation = compile(base, report);

    assertThat(onlyFinding(compilation, RULE)).contains("Entity Report has 2 EAGER bags");
    assertThat(compilation)
        .hadErrorContaining("[MultipleBagFetch] Entity Report")
        .inFile(report)
        .onLineContaining("public class Report");
  }

  @Test
  void bagInsideAnEmbeddablePlusOwnBag() {
    Compilation compilation =
        compile(
            source(
                "shop.Details",
                """
                package shop;

                import jakarta.persistence.*;
                import java.util.List;

                @Embeddable
                public class Details {
                  @ElementCollection(fetch = FetchType.EAGER) List<String> attachments;
                }
                """),
            LINE,
            order(
                """
                  @Embedded Details details;
                  @OneToMany(mappedBy = "order", fetch = FetchType.EAGER) List<Line> lines;
                """));

    assertThat(onlyFinding(compilation, RULE)).contains("2 EAGER bags (details.attachments, lines)");
  }

  @Test
  void javaxNamespace() {
    Compilation compilation =
        compile(
            source(
                "legacy.Order",
                """
                package legacy;

                import java.util.List;
                import javax.persistence.*;

                @Entity
                public class Order {
                  @Id Long id;
                  @ElementCollection(fetch = FetchType.EAGER) List<String> notes;
                  @ElementCollection(fetch = FetchType.EAGER) List<String> labels;
                }
                """));

    assertThat(findings(compilation, RULE)).hasSize(1);
  }
}

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
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class EagerToManyRuleTest {
  private static final String RULE = "EagerToMany";

  private static final JavaFileObject ITEM =
      source(
          "shop.Item",
          """
          package shop;

          import jakarta.persistence.*;

          @Entity
          public class Item {
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

  @Test
  void plainClassWithTheSameFieldsIsNotChecked() {
    Compilation compilation =
        compile(
            ITEM,
            source(
                "shop.OrderView",
                """
                package shop;

                import jakarta.persistence.*;
                import java.util.List;

                public class OrderView {
                  @OneToMany(mappedBy = "order", fetch = FetchType.EAGER) List<Item> items;
                }
                """));

    assertNoFinding(compilation, RULE);
  }

  @Test
  void toOneAssociationsAreNotCollections() {
    Compilation compilation =
        compile(ITEM, order("  @ManyToOne(fetch = FetchType.EAGER) Item favourite;"));

    assertNoFinding(compilation, RULE);
  }

  @Test
  void lazyCollectionsAreFine() {
    Compilation compilation =
        compile(
            ITEM,
            order(
                """
                  @OneToMany(mappedBy = "order") List<Item> items;
                  @ManyToMany(fetch = FetchType.LAZY) Set<Item> related;
                  @ElementCollection List<String> notes;
                  @OneToMany(mappedBy = "order") @Fetch(FetchMode.SUBSELECT) Set<Item> archived;
                  @OneToMany(mappedBy = "order") @Fetch(FetchMode.SELECT) Set<Item> returned;
                """));

    assertNoFinding(compilation, RULE);
  }

  @Test
  void suppressedOnTheFieldOrTheClass() {
    Compilation onField =
        compile(
            ITEM,
            order(
                """
                  @SuppressWarnings("EagerToMany")
                  @OneToMany(mappedBy = "order", fetch = FetchType.EAGER) Set<Item> items;
                """));
    Compilation onClass =
        compile(
            ITEM,
            source(
                "shop.Order",
                """
                package shop;

                import jakarta.persistence.*;
                import java.util.Set;

                @Entity
                @SuppressWarnings("EagerToMany")
                public class Order {
                  @Id Long id;
                  @OneToMany(mappedBy = "order", fetch = FetchType.EAGER) Set<Item> items;
                }
                """));

    assertThat(onField).succeededWithoutWarnings();
    assertThat(onClass).succeededWithoutWarnings();
  }

  @Test
  void suppressedOnTheGetter() {
    Compilation compilation =
        compile(
            ITEM,
            source(
                "shop.Order",
                """
                package shop;

                import jakarta.persistence.*;
                import java.util.Set;

                @Entity
                public class Order {
                  private Long id;
                  private Set<Item> items;

                  @Id public Long getId() { return id; }
                  public void setId(Long id) { this.id = id; }

                  @SuppressWarnings("EagerToMany")
                  @OneToMany(mappedBy = "order", fetch = FetchType.EAGER)
                  public Set<Item> getItems() { return items; }
                  public void setItems(Set<Item> items) { this.items = items; }
                }
                """));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void eagerOneToManyIsReportedAtTheFetchValue() {
    JavaFileObject order =
        order("  @OneToMany(mappedBy = \"order\", fetch = FetchType.EAGER) Set<Item> items;");

    Compilation compilation = compile(ITEM, order);

    String message = onlyFinding(compilation, RULE);
    assertThat(message).startsWith("[EagerToMany] Order.items (@OneToMany) is EAGER by fetch = EAGER");
    assertThat(message).contains("every load of Order");
    assertThat(message).contains("Make it LAZY");
    assertThat(message).contains("join fetch o.items");
    assertThat(message).contains("@EntityGraph(attributePaths = \"items\")");
    assertThat(message).contains("@LoadPlan({\"items\"})");
    assertThat(compilation)
        .hadWarningContaining("[EagerToMany] Order.items")
        .inFile(order)
        .onLineContaining("fetch = FetchType.EAGER) Set<Item> items;");
  }

  @Test
  void theMessageCountsWhatHibernatesQueriesRun() {
    String perRow =
        onlyFinding(compile(ITEM, order("  @OneToMany(mappedBy = \"order\", fetch = FetchType.EAGER) Set<Item> items;")), RULE);
    assertThat(perRow).contains("also loads all its items: a query of N rows runs one more select per row (1 + N queries)");
    // A query does not apply @Fetch(JOIN): still one select per row.
    String join = onlyFinding(compile(ITEM, order("  @OneToMany(mappedBy = \"order\") @Fetch(FetchMode.JOIN) Set<Item> items;")), RULE);
    assertThat(join).contains("one more select per row (1 + N queries)");
    String batched = onlyFinding(
        compile(ITEM, order("  @OneToMany(mappedBy = \"order\", fetch = FetchType.EAGER) @BatchSize(size = 25) Set<Item> items;")), RULE);
    assertThat(batched).contains("one more select per batch of up to 25 rows (1 + N/25 queries)");
    String byDefault = onlyFinding(compile(List.of("-Aormcheck.defaultBatchFetchSize=16"),
        ITEM, order("  @OneToMany(mappedBy = \"order\", fetch = FetchType.EAGER) Set<Item> items;")), RULE);
    assertThat(byDefault).contains("one more select per batch of up to 16 rows (1 + N/16 queries)");
    String subselect = onlyFinding(compile(List.of("-Aormcheck.defaultBatchFetchSize=16"),
        ITEM, order("  @OneToMany(mappedBy = \"order\", fetch = FetchType.EAGER) @Fetch(FetchMode.SUBSELECT) Set<Item> items;")), RULE);
    assertThat(subselect).contains("one more select for all their collections (a subselect)");
  }

  @Test
  void eagerBagMentionsMultipleBagFetchException() {
    Compilation compilation =
        compile(
            ITEM,
            order("  @OneToMany(mappedBy = \"order\", fetch = FetchType.EAGER) List<Item> items;"));

    assertThat(onlyFinding(compilation, RULE)).contains("MultipleBagFetchException");
  }

  @Test
  void eagerBagOnAnotherProviderLeavesHibernatesExceptionOut() {
    JavaFileObject openJpa =
        source(
            "org.apache.openjpa.persistence.PersistenceProviderImpl",
            "package org.apache.openjpa.persistence; public class PersistenceProviderImpl {}");
    Compilation compilation =
        compile(
            ITEM,
            openJpa,
            order("  @OneToMany(mappedBy = \"order\", fetch = FetchType.EAGER) List<Item> items;"));

    String message = onlyFinding(compilation, RULE);
    assertThat(message).contains("is EAGER by fetch = EAGER");
    assertThat(message).doesNotContain("MultipleBagFetchException");
  }

  @Test
  void eagerManyToManyAndElementCollection() {
    JavaFileObject order =
        order(
            """
              @ManyToMany(fetch = FetchType.EAGER) Set<Item> related;
              @ElementCollection(fetch = FetchType.EAGER) Set<String> labels;
            """);

    Compilation compilation = compile(ITEM, order);

    assertThat(findings(compilation, RULE)).hasSize(2);
    assertThat(compilation)
        .hadWarningContaining("[EagerToMany] Order.related (@ManyToMany) is EAGER")
        .inFile(order)
        .onLineContaining("@ManyToMany(fetch = FetchType.EAGER)");
    assertThat(compilation)
        .hadWarningContaining("[EagerToMany] Order.labels (@ElementCollection) is EAGER")
        .inFile(order)
        .onLineContaining("@ElementCollection(fetch = FetchType.EAGER)");
  }

  @Test
  void hibernateFetchJoinAndLazyCollectionFalse() {
    JavaFileObject order =
        order(
            """
              @OneToMany(mappedBy = "order") @Fetch(FetchMode.JOIN) Set<Item> joined;
              @OneToMany(mappedBy = "order") @LazyCollection(LazyCollectionOption.FALSE) Set<Item> loaded;
            """);

    Compilation compilation = compile(ITEM, order);

    assertThat(findings(compilation, RULE)).hasSize(2);
    // Both are LAZY without the Hibernate annotation: the advice is to drop it.
    for (var finding : findings(compilation, RULE)) {
      assertThat(MappingRun.message(finding)).doesNotContain("Make it LAZY");
    }
    assertThat(compilation).hadWarningContaining("Remove @Fetch(FetchMode.JOIN)");
    assertThat(compilation).hadWarningContaining("Remove @LazyCollection(FALSE)");
    assertThat(compilation)
        .hadWarningContaining("[EagerToMany] Order.joined (@OneToMany) is EAGER by @Fetch(FetchMode.JOIN)")
        .inFile(order)
        .onLineContaining("Set<Item> joined;");
    assertThat(compilation)
        .hadWarningContaining("[EagerToMany] Order.loaded (@OneToMany) is EAGER by @LazyCollection(FALSE)")
        .inFile(order)
        .onLineContaining("Set<Item> loaded;");
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
              private Set<String> tags;

              @Id public Long getId() { return id; }
              public void setId(Long id) { this.id = id; }

              @ElementCollection(fetch = FetchType.EAGER)
              public Set<String> getTags() { return tags; }
              public void setTags(Set<String> tags) { this.tags = tags; }
            }
            """);

    Compilation compilation = compile(order);

    assertThat(onlyFinding(compilation, RULE)).contains("Order.tags");
    assertThat(compilation)
        .hadWarningContaining("[EagerToMany] Order.tags")
        .inFile(order)
        .onLineContaining("@ElementCollection(fetch = FetchType.EAGER)");
  }

  @Test
  void mappedSuperclassAttributeIsReportedOnceAtTheSuperclass() {
    JavaFileObject base =
        source(
            "shop.Labelled",
            """
            package shop;

            import jakarta.persistence.*;
            import java.util.Set;

            @MappedSuperclass
            public abstract class Labelled {
              @Id Long id;
              @ElementCollection(fetch = FetchType.EAGER) Set<String> labels;
            }
            """);

    Compilation compilation =
        compile(
            base,
            source(
                "shop.Product",
                """
                package shop;

                @jakarta.persistence.Entity
                public class Product extends Labelled {}
                """),
            source(
                "shop.Category",
                """
                package shop;

                @jakarta.persistence.Entity
                public class Category extends Labelled {}
                """));

    assertThat(onlyFinding(compilation, RULE)).contains("Labelled.labels");
    assertThat(compilation)
        .hadWarningContaining("[EagerToMany] Labelled.labels")
        .inFile(base)
        .onLineContaining("@ElementCollection(fetch = FetchType.EAGER)");
  }
}

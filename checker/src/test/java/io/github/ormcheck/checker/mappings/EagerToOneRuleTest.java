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

class EagerToOneRuleTest {
  private static final String RULE = "EagerToOne";

  private static final JavaFileObject CUSTOMER =
      source(
          "shop.Customer",
          """
          package shop;

          import jakarta.persistence.*;

          @Entity
          public class Customer {
            @Id Long id;
          }
          """);

  /** Owning side of a lazy one-to-one to {@link #profile}. */
  private static final JavaFileObject ACCOUNT =
      source(
          "shop.Account",
          """
          package shop;

          import jakarta.persistence.*;

          @Entity
          public class Account {
            @Id Long id;
            @OneToOne(fetch = FetchType.LAZY) @JoinColumn(name = "profile_id") Profile profile;
          }
          """);

  /** The inverse, lazy side of {@link #ACCOUNT}'s one-to-one, with more attributes. */
  private static JavaFileObject profile(String more) {
    return source(
        "shop.Profile",
        """
        package shop;

        import jakarta.persistence.*;

        @Entity
        public class Profile {
          @Id Long id;
          @OneToOne(mappedBy = "profile", fetch = FetchType.LAZY) Account account;
        %s
        }
        """
            .formatted(more));
  }

  private static JavaFileObject order(String body) {
    return source(
        "shop.Order",
        """
        package shop;

        import static jakarta.persistence.FetchType.EAGER;
        import static jakarta.persistence.FetchType.LAZY;

        import jakarta.persistence.*;
        import java.util.*;
        import org.hibernate.annotations.Fetch;
        import org.hibernate.annotations.FetchMode;

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
            CUSTOMER,
            source(
                "shop.OrderView",
                """
                package shop;

                import jakarta.persistence.*;

                public class OrderView {
                  @ManyToOne Customer customer;
                  @OneToOne(mappedBy = "view") Customer owner;
                }
                """));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void collectionsAndBasicAttributesAreNotToOne() {
    Compilation compilation =
        compile(
            CUSTOMER,
            order(
                """
                  String number;
                  @ManyToMany(fetch = FetchType.EAGER) Set<Customer> watchers;
                """));

    assertNoFinding(compilation, RULE);
  }

  @Test
  void lazyOwningSideIsFine() {
    Compilation compilation =
        compile(
            CUSTOMER,
            order(
                """
                  @ManyToOne(fetch = FetchType.LAZY) Customer customer;
                  @OneToOne(fetch = LAZY, optional = false) @JoinColumn(name = "payer_id") Customer payer;
                """));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void suppressedOnTheField() {
    Compilation compilation =
        compile(CUSTOMER, order("  @SuppressWarnings(\"EagerToOne\") @ManyToOne Customer customer;"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void suppressedOnTheGetter() {
    Compilation compilation =
        compile(
            CUSTOMER,
            source(
                "shop.Order",
                """
                package shop;

                import jakarta.persistence.*;

                @Entity
                public class Order {
                  private Long id;
                  private Customer customer;

                  @Id public Long getId() { return id; }
                  public void setId(Long id) { this.id = id; }

                  @SuppressWarnings({"unchecked", "EagerToOne"})
                  @ManyToOne public Customer getCustomer() { return customer; }
                  public void setCustomer(Customer customer) { this.customer = customer; }
                }
                """));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void suppressedOnTheClass() {
    Compilation compilation =
        compile(
            CUSTOMER,
            source(
                "shop.Order",
                """
                package shop;

                import jakarta.persistence.*;

                @Entity
                @SuppressWarnings("EagerToOne")
                public class Order {
                  @Id Long id;
                  @ManyToOne Customer customer;
                  @OneToOne(mappedBy = "order") Customer owner;
                }
                """));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void inverseOneToOneIsFlaggedEvenWhenLazy() {
    JavaFileObject account = ACCOUNT;
    JavaFileObject profile = profile("");

    Compilation compilation = compile(account, profile);

    String message = onlyFinding(compilation, RULE);
    assertThat(message).contains("Profile.account");
    assertThat(message).contains("inverse (mappedBy) side");
    assertThat(message).contains("whatever fetch says");
    assertThat(message).contains("1 + N");
    assertThat(message).contains("@MapsId");
    assertThat(message).contains("bytecode enhancement");
    assertThat(compilation)
        .hadWarningContaining("[EagerToOne] Profile.account")
        .inFile(profile)
        .onLineContaining("@OneToOne(mappedBy = \"profile\"");
  }

  @Test
  void inverseOneToOneThatIsRequiredAndSharesTheOwnersKeyIsLazy() {
    // Hibernate 6.6 and 7.4 put a proxy on a LAZY, optional = false inverse side whose owning
    // side takes its id by @MapsId: one select for N shipments (EagerToOneWitnessTest).
    JavaFileObject shipment =
        source(
            "shop.Shipment",
            """
            package shop;

            import jakarta.persistence.*;

            @Entity
            public class Shipment {
              @Id Long id;
              @OneToOne(mappedBy = "shipment", fetch = FetchType.LAZY, optional = false) Label label;
              @OneToOne(mappedBy = "shipment", fetch = FetchType.LAZY) Receipt receipt;
              @OneToOne(mappedBy = "shipment", fetch = FetchType.LAZY, optional = false) Note note;
              @OneToOne(mappedBy = "shipment", optional = false) Photo photo;
            }
            """);
    String sharedKey =
        """
        package shop;

        import jakarta.persistence.*;

        @Entity
        public class %s {
          @Id Long id;
          @OneToOne(fetch = FetchType.LAZY) @MapsId Shipment shipment;
        }
        """;
    JavaFileObject note =
        source(
            "shop.Note",
            """
            package shop;

            import jakarta.persistence.*;

            @Entity
            public class Note {
              @Id @GeneratedValue Long id;
              @OneToOne(fetch = FetchType.LAZY) @JoinColumn(name = "shipment_id") Shipment shipment;
            }
            """);

    // The key shared otherwise: the owning side joins by its primary key, or this side maps it.
    String entity =
        """
        package shop;

        import jakarta.persistence.*;

        @Entity
        public class %s {
          @Id Long id;
          %s
        }
        """;
    JavaFileObject desk = source("shop.Desk", entity.formatted(
        "Desk", "@OneToOne(mappedBy = \"desk\", fetch = FetchType.LAZY, optional = false) Lamp lamp;"));
    JavaFileObject lamp = source("shop.Lamp", entity.formatted(
        "Lamp", "@OneToOne(fetch = FetchType.LAZY) @PrimaryKeyJoinColumn Desk desk;"));
    JavaFileObject badge = source("shop.Badge", entity.formatted(
        "Badge", "@MapsId @OneToOne(mappedBy = \"badge\", fetch = FetchType.LAZY, optional = false) Holder holder;"));
    JavaFileObject holder = source("shop.Holder", entity.formatted(
        "Holder", "@OneToOne(fetch = FetchType.LAZY) @PrimaryKeyJoinColumn Badge badge;"));

    Compilation compilation =
        compile(
            shipment,
            source("shop.Label", sharedKey.formatted("Label")),
            source("shop.Receipt", sharedKey.formatted("Receipt")),
            source("shop.Photo", sharedKey.formatted("Photo")),
            note,
            desk,
            lamp,
            badge,
            holder);

    List<String> messages = findings(compilation, RULE).stream().map(MappingRun::message).toList();
    assertThat(messages).hasSize(3);
    assertThat(messages.stream().filter(m -> m.contains("Shipment.label"))).isEmpty();
    assertThat(messages.stream().filter(m -> m.contains("Desk.lamp") || m.contains("Badge.holder"))).isEmpty();
    // Optional (the default): the label may be missing, so Hibernate looks.
    assertThat(messages.stream().filter(m -> m.contains("Shipment.receipt is the inverse"))).hasSize(1);
    // Required, but the note has its own id: which note is not known without a query.
    assertThat(messages.stream().filter(m -> m.contains("Shipment.note is the inverse"))).hasSize(1);
    // EAGER by the JPA default: loaded with its owner whatever the keys.
    assertThat(messages.stream().filter(m -> m.contains("Shipment.photo"))).hasSize(1);
  }

  @Test
  void inverseOneToOneMarkedNoProxyIsLeftToEnhancement() {
    // Hibernate 5 and 6: @LazyToOne(NO_PROXY) does something only on an enhanced entity, where
    // the inverse side loads when read; PROXY asks for what the inverse side cannot have.
    JavaFileObject lazyToOne =
        source(
            "org.hibernate.annotations.LazyToOne",
            """
            package org.hibernate.annotations;

            public @interface LazyToOne {
              LazyToOneOption value();
            }
            """);
    JavaFileObject option =
        source(
            "org.hibernate.annotations.LazyToOneOption",
            """
            package org.hibernate.annotations;

            public enum LazyToOneOption { FALSE, PROXY, NO_PROXY }
            """);

    Compilation compilation =
        compile(
            lazyToOne,
            option,
            ACCOUNT,
            profile(
                """
                  @OneToOne(mappedBy = "profile", fetch = FetchType.LAZY)
                  @org.hibernate.annotations.LazyToOne(org.hibernate.annotations.LazyToOneOption.NO_PROXY)
                  Account enhanced;
                  @OneToOne(mappedBy = "profile", fetch = FetchType.LAZY)
                  @org.hibernate.annotations.LazyToOne(org.hibernate.annotations.LazyToOneOption.PROXY)
                  Account proxied;
                """));

    List<String> messages = findings(compilation, RULE).stream().map(MappingRun::message).toList();
    assertThat(messages).hasSize(2);
    assertThat(messages.stream().filter(m -> m.contains("Profile.enhanced"))).isEmpty();
    assertThat(messages.stream().filter(m -> m.contains("Profile.proxied is the inverse"))).hasSize(1);
    assertThat(messages.stream().filter(m -> m.contains("Profile.account is the inverse"))).hasSize(1);
  }

  @Test
  void enhancedEntitiesLoadTheInverseSideWhenRead() {
    // With lazy-loading enhancement a LAZY inverse side is loaded when it is read; EAGER stays
    // eager. The build says so by the option, or by Quarkus, which always enhances.
    JavaFileObject profile =
        profile(
            """
              @OneToOne(mappedBy = "profile") Account eagerByDefault;
            """);
    JavaFileObject quarkus =
        source(
            "io.quarkus.hibernate.orm.PersistenceUnit",
            """
            package io.quarkus.hibernate.orm;

            public @interface PersistenceUnit {
              String value();
            }
            """);

    String declared = onlyFinding(compile(List.of("-Aormcheck.bytecodeEnhancement=true"), ACCOUNT, profile), RULE);
    assertThat(declared).contains("Profile.eagerByDefault");
    String onQuarkus = onlyFinding(compile(ACCOUNT, profile, quarkus), RULE);
    assertThat(onQuarkus).contains("Profile.eagerByDefault");
    List<String> notEnhanced =
        findings(compile(List.of("-Aormcheck.bytecodeEnhancement=false"), ACCOUNT, profile, quarkus), RULE)
            .stream().map(MappingRun::message).toList();
    assertThat(notEnhanced).hasSize(2);
    assertThat(findings(compile(ACCOUNT, profile), RULE)).hasSize(2);
  }

  @Test
  void aBadEnhancementValueNamesTheOptionAndTheAcceptedValues() {
    Compilation compilation = compile(List.of("-Aormcheck.bytecodeEnhancement=maybe"), ACCOUNT, profile(""));
    assertThat(compilation)
        .hadErrorContaining("-Aormcheck.bytecodeEnhancement has value 'maybe'; accepted values: true");
  }

  @Test
  void manyToOneEagerByTheJpaDefault() {
    JavaFileObject order = order("  @ManyToOne Customer customer;");

    Compilation compilation = compile(CUSTOMER, order);

    String message = onlyFinding(compilation, RULE);
    assertThat(message).startsWith("[EagerToOne] Order.customer (@ManyToOne) is EAGER");
    assertThat(message).contains("by the JPA default");
    assertThat(message).contains("1 + N queries");
    assertThat(message).contains("fetch = FetchType.LAZY");
    assertThat(message).contains("join fetch o.customer");
    assertThat(message).contains("@EntityGraph(attributePaths = \"customer\")");
    assertThat(message).contains("@LoadPlan({\"customer\"})");
    assertThat(message).contains("(see https://");
    assertThat(compilation)
        .hadWarningContaining("[EagerToOne] Order.customer")
        .inFile(order)
        .onLineContaining("@ManyToOne Customer customer;");
  }

  @Test
  void aBatchedTargetIsLoadedOneSelectPerBatch() {
    JavaFileObject batchedCustomer =
        source(
            "shop.Customer",
            """
            package shop;

            import jakarta.persistence.*;

            @Entity
            @org.hibernate.annotations.BatchSize(size = 25)
            public class Customer {
              @Id Long id;
            }
            """);
    JavaFileObject order = order("  @ManyToOne Customer customer;");

    String message = onlyFinding(compile(batchedCustomer, order), RULE);
    assertThat(message).contains("one extra select per batch of up to 25 distinct Customer (1 + N/25 queries");
    assertThat(message).doesNotContain("1 + N queries");

    // The application's default_batch_fetch_size, when the target has no @BatchSize of its own.
    String byDefault = onlyFinding(compile(List.of("-Aormcheck.defaultBatchFetchSize=16"), CUSTOMER, order), RULE);
    assertThat(byDefault).contains("one extra select per batch of up to 16 distinct Customer (1 + N/16 queries");
    String own = onlyFinding(compile(List.of("-Aormcheck.defaultBatchFetchSize=16"), batchedCustomer, order), RULE);
    assertThat(own).contains("up to 25 distinct Customer");

    // The inverse side of a one-to-one is read one select per owner whatever the batch size.
    JavaFileObject batchedAccount =
        source(
            "shop.Account",
            """
            package shop;

            import jakarta.persistence.*;

            @Entity
            @org.hibernate.annotations.BatchSize(size = 25)
            public class Account {
              @Id Long id;
              @OneToOne(fetch = FetchType.LAZY) @JoinColumn(name = "profile_id") Profile profile;
            }
            """);
    String inverse = onlyFinding(
        compile(List.of("-Aormcheck.defaultBatchFetchSize=16"), batchedAccount, profile("")), RULE);
    assertThat(inverse).contains("one extra select per row (1 + N queries)");
  }

  @Test
  void explicitEagerIsReportedAtTheFetchValue() {
    JavaFileObject order =
        order(
            """
              @ManyToOne(
                  optional = false,
                  fetch = FetchType.EAGER)
              Customer customer;
            """);

    Compilation compilation = compile(CUSTOMER, order);

    assertThat(onlyFinding(compilation, RULE)).contains("is EAGER by fetch = EAGER");
    assertThat(compilation)
        .hadWarningContaining("[EagerToOne] Order.customer")
        .inFile(order)
        .onLineContaining("fetch = FetchType.EAGER");
  }

  @Test
  void oneToOneByDefault_andStaticallyImportedEager() {
    JavaFileObject order =
        order(
            """
              @OneToOne @JoinColumn(name = "invoice_customer_id") Customer invoiceCustomer;
              @ManyToOne(fetch = EAGER) Customer customer;
            """);

    Compilation compilation = compile(CUSTOMER, order);

    assertThat(findings(compilation, RULE)).hasSize(2);
    assertThat(compilation)
        .hadWarningContaining("[EagerToOne] Order.invoiceCustomer (@OneToOne) is EAGER by the JPA")
        .inFile(order)
        .onLineContaining("@OneToOne @JoinColumn");
    assertThat(compilation)
        .hadWarningContaining("[EagerToOne] Order.customer (@ManyToOne) is EAGER by fetch = EAGER")
        .inFile(order)
        .onLineContaining("@ManyToOne(fetch = EAGER)");
  }

  @Test
  void hibernateFetchJoinMakesALazyToOneEager() {
    Compilation compilation =
        compile(
            CUSTOMER,
            order(
                """
                  @ManyToOne(fetch = FetchType.LAZY) @Fetch(FetchMode.JOIN) Customer customer;
                  @ManyToOne @Fetch(FetchMode.JOIN) Customer payer;
                """));

    var messages = findings(compilation, RULE).stream().map(MappingRun::message).toList();
    assertThat(messages).hasSize(2);
    String customer = messages.get(0);
    assertThat(customer).contains("Order.customer (@ManyToOne) is EAGER by @Fetch(FetchMode.JOIN)");
    // fetch = LAZY is already there: the advice is to drop what overrides it.
    assertThat(customer).contains("Remove @Fetch(FetchMode.JOIN)");
    assertThat(customer).doesNotContain("fetch = FetchType.LAZY");
    assertThat(customer).contains("join fetch o.customer");
    // Without @Fetch(JOIN) the JPA default would still make it EAGER.
    String payer = messages.get(1);
    assertThat(payer).contains("Order.payer (@ManyToOne) is EAGER by @Fetch(FetchMode.JOIN)");
    assertThat(payer).contains("Remove @Fetch(FetchMode.JOIN)");
    assertThat(payer).contains("add fetch = FetchType.LAZY");
  }

  @Test
  void javaxNamespace() {
    JavaFileObject order =
        source(
            "legacy.Order",
            """
            package legacy;

            import javax.persistence.*;

            @Entity
            public class Order {
              @Id Long id;
              @ManyToOne Customer customer;
            }

            @Entity
            class Customer {
              @Id Long id;
            }
            """);

    Compilation compilation = compile(order);

    assertThat(compilation)
        .hadWarningContaining("[EagerToOne] Order.customer (@ManyToOne) is EAGER")
        .inFile(order)
        .onLineContaining("@ManyToOne Customer customer;");
  }

  @Test
  void propertyAccessIsReportedAtTheGetter() {
    JavaFileObject order =
        source(
            "shop.Order",
            """
            package shop;

            import jakarta.persistence.*;

            @Entity
            public class Order {
              private Long id;
              private Customer buyer;

              @Id public Long getId() { return id; }
              public void setId(Long id) { this.id = id; }

              @ManyToOne
              public Customer getCustomer() { return buyer; }
              public void setCustomer(Customer customer) { buyer = customer; }
            }
            """);

    Compilation compilation = compile(CUSTOMER, order);

    assertThat(onlyFinding(compilation, RULE)).contains("Order.customer");
    assertThat(compilation)
        .hadWarningContaining("[EagerToOne] Order.customer")
        .inFile(order)
        .onLineContaining("@ManyToOne");
  }

  @Test
  void mappedSuperclassAttributeIsReportedOnceAtTheSuperclass() {
    JavaFileObject owned =
        source(
            "shop.Owned",
            """
            package shop;

            import jakarta.persistence.*;

            @MappedSuperclass
            public abstract class Owned {
              @Id Long id;
              @ManyToOne Customer owner;
            }
            """);

    Compilation compilation =
        compile(
            CUSTOMER,
            owned,
            source(
                "shop.Order",
                """
                package shop;

                import jakarta.persistence.*;

                @Entity
                public class Order extends Owned {}
                """),
            source(
                "shop.Invoice",
                """
                package shop;

                import jakarta.persistence.*;

                @Entity
                public class Invoice extends Owned {}
                """));

    assertThat(onlyFinding(compilation, RULE)).contains("Owned.owner");
    assertThat(compilation)
        .hadWarningContaining("[EagerToOne] Owned.owner")
        .inFile(owned)
        .onLineContaining("@ManyToOne Customer owner;");
  }

  private static final JavaFileObject OPENJPA =
      source(
          "org.apache.openjpa.persistence.PersistenceProviderImpl",
          "package org.apache.openjpa.persistence; public class PersistenceProviderImpl {}");

  @Test
  void anotherProviderGetsOnlyWhatJpaMakesCertain() {
    JavaFileObject account = ACCOUNT;
    JavaFileObject profile = profile("  @ManyToOne Customer customer;");

    // The lazy inverse one-to-one is Hibernate's problem: OpenJPA and EclipseLink can honour LAZY.
    // The eager many-to-one is everyone's, but the cost is said without Hibernate's 1 + N.
    Compilation compilation = compile(CUSTOMER, account, profile, OPENJPA);

    String message = onlyFinding(compilation, RULE);
    assertThat(message).startsWith("[EagerToOne] Profile.customer (@ManyToOne) is EAGER");
    assertThat(message).contains("also loads its customer, whether the caller needs it or not");
    assertThat(message).doesNotContain("1 + N");
    assertThat(message).contains("fetch = FetchType.LAZY");

    // Told that Hibernate runs the code, the rule says what Hibernate does.
    Compilation hibernate =
        compile(java.util.List.of("-Aormcheck.hibernateVersion=6.6"), CUSTOMER, account, profile, OPENJPA);
    assertThat(hibernate).hadWarningContaining("[EagerToOne] Profile.account is the inverse (mappedBy) side");
    assertThat(hibernate).hadWarningContaining("[EagerToOne] Profile.customer (@ManyToOne) is EAGER by the JPA default (no fetch attribute): each JPQL query");
  }
}

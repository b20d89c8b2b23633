package io.github.ormcheck.checker.model;

import static com.google.common.truth.Truth.assertThat;
import static io.github.ormcheck.checker.model.JavacModel.simpleName;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * How the model reads one association: collection kind, fetch type and why, mappedBy and join
 * columns, Hibernate's {@code @Fetch}, {@code @LazyCollection} and {@code @BatchSize}.
 */
class EntityModelAssociationsTest {

  private static final JavaFileObject ITEM =
      JavaFileObjects.forSourceString(
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

  private static final JavaFileObject CUSTOMER =
      JavaFileObjects.forSourceString(
          "shop.Customer",
          """
          package shop;

          import jakarta.persistence.*;
          import org.hibernate.annotations.BatchSize;

          @Entity
          @BatchSize(size = 50)
          public class Customer {
            @Id Long id;
            @OneToMany(mappedBy = "customer") java.util.List<Order> orders;
          }
          """);

  private static final JavaFileObject ORDER =
      JavaFileObjects.forSourceString(
          "shop.Order",
          """
          package shop;

          import static jakarta.persistence.FetchType.EAGER;

          import jakarta.persistence.*;
          import java.util.*;
          import org.hibernate.annotations.*;

          @jakarta.persistence.Entity
          public class Order {
            @jakarta.persistence.Id Long id;

            @ManyToOne Customer customer;
            @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "billing_id") Customer billedTo;
            @OneToOne(fetch = EAGER) @MapsId Customer account;
            @ManyToOne(fetch = FetchType.LAZY) @Fetch(FetchMode.JOIN) Customer joined;
            @ManyToOne(fetch = FetchType.LAZY) @BatchSize(size = 25) Customer batched;

            @OneToMany(mappedBy = "order") List<Item> bag;
            @OneToMany(mappedBy = "order") Collection<Item> collection;
            @OneToMany(mappedBy = "order") @OrderColumn List<Item> indexed;
            @OneToMany(mappedBy = "order") Set<Item> set;
            @OneToMany(mappedBy = "order") SortedSet<Item> sortedSet;
            @OneToMany @JoinColumn(name = "order_id") Map<String, Item> byCode;
            @ManyToMany @JoinTable(name = "order_item") @CollectionId List<Item> idBag;
            @ManyToMany @JoinTable(name = "order_archive") @OrderColumn Collection<Item> orderedCollection;
            @ManyToMany @JoinTable(name = "order_history") @OrderColumn @CollectionId Collection<Item> history;
            @ElementCollection List<String> notes;

            @OneToMany(mappedBy = "order", fetch = EAGER) List<Item> eager;
            @OneToMany(mappedBy = "order") @Fetch(FetchMode.JOIN) List<Item> fetchJoin;
            @OneToMany(mappedBy = "order") @Fetch(FetchMode.SUBSELECT) List<Item> subselect;
            @OneToMany(mappedBy = "order") @LazyCollection(LazyCollectionOption.FALSE) List<Item> notLazy;
            @OneToMany(mappedBy = "order") @BatchSize(size = 10) Set<Item> batchedItems;
          }
          """);

  private static JavacModel javac() {
    return JavacModel.of(ITEM, CUSTOMER, ORDER);
  }

  @Test
  void collectionKinds() {
    JavacModel javac = javac();

    assertThat(kind(javac, "customer")).isEqualTo(CollectionKind.NONE);
    assertThat(kind(javac, "bag")).isEqualTo(CollectionKind.BAG);
    assertThat(kind(javac, "collection")).isEqualTo(CollectionKind.BAG);
    assertThat(kind(javac, "indexed")).isEqualTo(CollectionKind.LIST);
    assertThat(kind(javac, "set")).isEqualTo(CollectionKind.SET);
    assertThat(kind(javac, "sortedSet")).isEqualTo(CollectionKind.SET);
    assertThat(kind(javac, "byCode")).isEqualTo(CollectionKind.MAP);
    assertThat(kind(javac, "idBag")).isEqualTo(CollectionKind.ID_BAG);
    // Hibernate indexes only a List: a Collection stays a bag (or id bag) whatever @OrderColumn says.
    assertThat(kind(javac, "orderedCollection")).isEqualTo(CollectionKind.BAG);
    assertThat(kind(javac, "history")).isEqualTo(CollectionKind.ID_BAG);
    assertThat(kind(javac, "notes")).isEqualTo(CollectionKind.BAG);
    assertThat(javac.association("shop.Order", "bag").isBag()).isTrue();
    assertThat(javac.association("shop.Order", "idBag").isBag()).isFalse();
  }

  @Test
  void collectionTargetIsTheElementType_orTheMapValueType() {
    JavacModel javac = javac();

    assertThat(simpleName(javac.association("shop.Order", "bag").target())).isEqualTo("Item");
    assertThat(simpleName(javac.association("shop.Order", "byCode").target())).isEqualTo("Item");
    assertThat(simpleName(javac.association("shop.Order", "notes").target())).isEqualTo("String");
    assertThat(javac.association("shop.Order", "bag").cardinality())
        .isEqualTo(Cardinality.ONE_TO_MANY);
    assertThat(javac.association("shop.Order", "idBag").cardinality())
        .isEqualTo(Cardinality.MANY_TO_MANY);
    assertThat(javac.attribute("shop.Order", "notes").kind())
        .isEqualTo(AttributeKind.ELEMENT_COLLECTION);
  }

  @Test
  void fetchDefaultsToTheJpaDefaultOfTheAnnotation() {
    JavacModel javac = javac();

    Association customer = javac.association("shop.Order", "customer");
    assertThat(customer.fetch()).isEqualTo(FetchType.EAGER);
    assertThat(customer.fetchSource()).isEqualTo(FetchSource.JPA_DEFAULT);
    assertThat(customer.fetchValue()).isEmpty();
    assertThat(customer.isToOne()).isTrue();

    Association bag = javac.association("shop.Order", "bag");
    assertThat(bag.fetch()).isEqualTo(FetchType.LAZY);
    assertThat(bag.fetchSource()).isEqualTo(FetchSource.JPA_DEFAULT);
    assertThat(javac.association("shop.Order", "notes").isLazy()).isTrue();
  }

  @Test
  void explicitFetch_alsoThroughAStaticImport() {
    JavacModel javac = javac();

    Association billedTo = javac.association("shop.Order", "billedTo");
    assertThat(billedTo.fetch()).isEqualTo(FetchType.LAZY);
    assertThat(billedTo.fetchSource()).isEqualTo(FetchSource.EXPLICIT);
    assertThat(billedTo.fetchValue()).isPresent();

    Association account = javac.association("shop.Order", "account");
    assertThat(account.cardinality()).isEqualTo(Cardinality.ONE_TO_ONE);
    assertThat(account.fetch()).isEqualTo(FetchType.EAGER);
    assertThat(account.fetchSource()).isEqualTo(FetchSource.EXPLICIT);
    assertThat(account.fetchSource().describe(account.fetch())).isEqualTo("by fetch = EAGER");

    Association eager = javac.association("shop.Order", "eager");
    assertThat(eager.isEager()).isTrue();
    assertThat(eager.fetchSource()).isEqualTo(FetchSource.EXPLICIT);
  }

  @Test
  void hibernateFetchJoinAndLazyCollectionFalseMakeItEager() {
    JavacModel javac = javac();

    Association joined = javac.association("shop.Order", "joined");
    assertThat(joined.fetch()).isEqualTo(FetchType.EAGER);
    assertThat(joined.fetchSource()).isEqualTo(FetchSource.HIBERNATE_FETCH_JOIN);
    assertThat(joined.fetchMode()).hasValue(FetchMode.JOIN);
    assertThat(joined.isFetchedBySeparateSelect()).isFalse();

    Association fetchJoin = javac.association("shop.Order", "fetchJoin");
    assertThat(fetchJoin.fetch()).isEqualTo(FetchType.EAGER);
    assertThat(fetchJoin.fetchSource()).isEqualTo(FetchSource.HIBERNATE_FETCH_JOIN);

    Association notLazy = javac.association("shop.Order", "notLazy");
    assertThat(notLazy.fetch()).isEqualTo(FetchType.EAGER);
    assertThat(notLazy.fetchSource()).isEqualTo(FetchSource.HIBERNATE_LAZY_COLLECTION);
  }

  @Test
  void fetchSubselectStaysLazy_andLoadsBySeparateSelect() {
    Association subselect = javac().association("shop.Order", "subselect");

    assertThat(subselect.fetch()).isEqualTo(FetchType.LAZY);
    assertThat(subselect.fetchMode()).hasValue(FetchMode.SUBSELECT);
    assertThat(subselect.isFetchedBySeparateSelect()).isTrue();
  }

  @Test
  void mappedByJoinColumnJoinTableAndMapsId() {
    JavacModel javac = javac();

    Association bag = javac.association("shop.Order", "bag");
    assertThat(bag.mappedBy()).hasValue("order");
    assertThat(bag.isInverse()).isTrue();
    assertThat(bag.joinColumn()).isFalse();

    Association byCode = javac.association("shop.Order", "byCode");
    assertThat(byCode.isInverse()).isFalse();
    assertThat(byCode.joinColumn()).isTrue();

    Association idBag = javac.association("shop.Order", "idBag");
    assertThat(idBag.joinTable()).isTrue();
    assertThat(idBag.joinColumn()).isFalse();

    assertThat(javac.association("shop.Order", "billedTo").joinColumn()).isTrue();
    assertThat(javac.association("shop.Order", "account").mapsId()).isTrue();
    assertThat(javac.association("shop.Order", "customer").isInverse()).isFalse();
  }

  @Test
  void batchSizeOnTheAssociation_orOnTheTargetClassForToOne() {
    JavacModel javac = javac();

    Association batched = javac.association("shop.Order", "batched");
    assertThat(batched.batchSize()).hasValue(25);
    assertThat(javac.model.batchSize(batched)).hasValue(25);
    // @BatchSize(50) on Customer: lazy to-one associations to it are batch-loaded.
    Association customer = javac.association("shop.Order", "customer");
    assertThat(customer.batchSize()).isEmpty();
    assertThat(javac.model.batchSize(customer)).hasValue(50);
    assertThat(javac.managed("shop.Customer").batchSize()).hasValue(50);

    assertThat(javac.model.batchSize(javac.association("shop.Order", "batchedItems")))
        .hasValue(10);
    // A class-level @BatchSize says nothing about collections, and Item has none.
    assertThat(javac.model.batchSize(javac.association("shop.Order", "bag"))).isEmpty();
    assertThat(javac.model.batchSize(javac.association("shop.Customer", "orders"))).isEmpty();
  }

  private static CollectionKind kind(JavacModel javac, String attribute) {
    return javac.association("shop.Order", attribute).collectionKind();
  }

  @Test
  void targetEntityOverridesTheDeclaredType() {
    JavacModel javac =
        JavacModel.of(
            JavaFileObjects.forSourceString(
                "shop.Party",
                """
                package shop;

                public interface Party {}
                """),
            JavaFileObjects.forSourceString(
                "shop.Company",
                """
                package shop;

                import jakarta.persistence.*;

                @Entity
                public class Company implements Party { @Id Long id; }
                """),
            JavaFileObjects.forSourceString(
                "shop.Contract",
                """
                package shop;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                public class Contract {
                  @Id Long id;
                  @ManyToOne(targetEntity = Company.class) Party party;
                  @SuppressWarnings("rawtypes")
                  @OneToMany(targetEntity = Company.class, mappedBy = "contract") List signatories;
                  @ElementCollection(targetClass = String.class) Set<CharSequence> labels;
                }
                """));

    assertThat(simpleName(javac.association("shop.Contract", "party").target()))
        .isEqualTo("Company");
    assertThat(simpleName(javac.association("shop.Contract", "signatories").target()))
        .isEqualTo("Company");
    assertThat(javac.association("shop.Contract", "signatories").collectionKind())
        .isEqualTo(CollectionKind.BAG);
    Attribute labels = javac.attribute("shop.Contract", "labels");
    assertThat(labels.kind()).isEqualTo(AttributeKind.ELEMENT_COLLECTION);
    assertThat(simpleName(labels.association().get().target())).isEqualTo("String");
    assertThat(javac.model.target(labels)).isEmpty();
  }
}

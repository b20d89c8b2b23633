package io.github.ormcheck.checker.jpql;

import static io.github.ormcheck.checker.jpql.Queries.assertUnreadable;
import static io.github.ormcheck.checker.jpql.Queries.fetchPaths;
import static io.github.ormcheck.checker.jpql.Queries.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Joins: types, fetch, aliases, paths, conditions, entity joins, treat. */
class JoinsTest {

  @ParameterizedTest
  @CsvSource({
    "join, INNER, false",
    "inner join, INNER, false",
    "left join, LEFT, false",
    "left outer join, LEFT, false",
    "right join, RIGHT, false",
    "right outer join, RIGHT, false",
    "full join, FULL, false",
    "full outer join, FULL, false",
    "join fetch, INNER, true",
    "inner join fetch, INNER, true",
    "left join fetch, LEFT, true",
    "left outer join fetch, LEFT, true",
    "right join fetch, RIGHT, true",
    "JOIN FETCH, INNER, true",
    "Left Outer Join Fetch, LEFT, true",
    "INNER join, INNER, false",
  })
  void joinKinds(String keywords, JoinType type, boolean fetch) {
    QueryFetches fetches = read("select o from Order o " + keywords + " o.lineItems li where li.qty > 0");
    QueryJoin join = fetches.joins().get(0);
    assertEquals(
        new QueryJoin(type, fetch, Optional.of("o"), ImmutableList.of("lineItems"), Optional.of("li"),
            Optional.empty(), false, true),
        join);
    assertEquals(fetch ? List.of("lineItems") : List.of(), fetchPaths(fetches, "o"));
    assertEquals(fetch ? 1 : 0, fetches.fetchJoins().size());
    assertEquals(fetch, fetches.isFetched("o", "lineItems"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "select o from Order o join fetch o.lineItems li",
        "select o from Order o join fetch o.lineItems as li",
        "select o from Order o join fetch o.lineItems AS li where li.qty > 0",
      })
  void joinAliasWithOrWithoutAs(String query) {
    QueryJoin join = read(query).joins().get(0);
    assertEquals(Optional.of("li"), join.alias());
    assertEquals(List.of("lineItems"), join.path());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "select o from Order o join fetch o.lineItems",
        "select o from Order o join fetch o.lineItems where o.id = 1",
        "select o from Order o join fetch o.lineItems join fetch o.customer",
        "select o from Order o join fetch o.lineItems left join fetch o.customer",
        "select o from Order o join fetch o.lineItems order by o.id",
        "select o from Order o join fetch o.lineItems, Customer c",
      })
  void joinWithoutAlias(String query) {
    QueryFetches fetches = read(query);
    assertEquals(Optional.empty(), fetches.joins().get(0).alias());
    assertTrue(fetches.isFetched("o", "lineItems"));
  }

  @Test
  void nestedFetchJoinsResolveToPathsFromTheRoot() {
    QueryFetches fetches =
        read("select o from Order o join fetch o.lineItems li join fetch li.product p"
            + " left join fetch p.category join fetch o.customer");
    assertEquals(
        List.of("lineItems", "lineItems.product", "lineItems.product.category", "customer"),
        fetchPaths(fetches, "o"));
    assertEquals(List.of("product", "product.category"), fetchPaths(fetches, "li"));
    assertEquals(List.of("category"), fetchPaths(fetches, "p"));
    JoinPath category = fetches.fetchPaths("o").get(2);
    assertEquals("o", category.from());
    assertEquals("category", category.lastAttribute());
    assertEquals(Optional.of("p"), category.join().source());
    assertTrue(fetches.isFetched("o", "lineItems.product"));
    assertTrue(fetches.isFetched("o", "lineItems"));
    assertFalse(fetches.isFetched("o", "lineItems.prod"));
    assertFalse(fetches.isFetched("o", "payments"));
  }

  @Test
  void dottedFetchPath() {
    QueryFetches fetches = read("select o from Order o join fetch o.customer.address.country c");
    QueryJoin join = fetches.joins().get(0);
    assertEquals(List.of("customer", "address", "country"), join.path());
    assertEquals(List.of("customer.address.country"), fetchPaths(fetches, "o"));
  }

  @Test
  void fetchBehindPlainJoinIsNotLoadedOnTheRoot() {
    QueryFetches fetches =
        read("select o from Order o join o.lineItems li join fetch li.product where li.qty > 1");
    assertEquals(List.of(), fetchPaths(fetches, "o"), "o.lineItems itself is not initialized");
    assertEquals(List.of("product"), fetchPaths(fetches, "li"));
    QueryJoin fetch = fetches.fetchJoins().get(0);
    JoinPath path = fetches.pathOf(fetch).orElseThrow();
    assertEquals("o", path.from());
    assertEquals("lineItems.product", path.dotted());
  }

  @Test
  void plainJoinsAreNotFetches() {
    QueryFetches fetches =
        read("select o from Order o join o.customer c left join o.lineItems li where c.vip = true");
    assertEquals(2, fetches.joins().size());
    assertTrue(fetches.fetchJoins().isEmpty());
    assertEquals(List.of(), fetchPaths(fetches, "o"));
    assertFalse(fetches.isFetched("o", "customer"));
    assertEquals("o.customer", fetches.pathOf(fetches.joins().get(0)).orElseThrow().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"on", "with", "ON", "With"})
  void joinConditionsAreSkipped(String keyword) {
    QueryFetches fetches =
        read("select o from Order o left join fetch o.lineItems li " + keyword
            + " (li.qty > 0 and li.product.name not like 'x%' and exists (select 1 from Promo p"
            + " join p.items pi where pi = li)) join fetch o.customer c " + keyword + " c.vip = true"
            + " where o.id = 1");
    assertEquals(List.of("lineItems", "customer"), fetchPaths(fetches, "o"));
    assertTrue(fetches.joins().get(0).hasCondition());
    assertTrue(fetches.joins().get(1).hasCondition());
    assertEquals(2, fetches.joins().size(), "the join inside the condition's subquery is not top-level");
    assertEquals(3, fetches.allJoins().size());
  }

  @Test
  void joinConditionEndsAtCommaOfNextRoot() {
    QueryFetches fetches =
        read("select o from Order o join o.customer c on c.vip = true, Shop s join fetch s.owner");
    assertEquals(2, fetches.roots().size());
    assertEquals(List.of("owner"), fetchPaths(fetches, "s"));
  }

  @Test
  void entityJoin() {
    QueryFetches fetches =
        read("select o from Order o join Customer c on c.id = o.customerId"
            + " left join com.shop.Coupon cp on cp.code = o.couponCode join fetch c.addresses");
    QueryJoin customer = fetches.joins().get(0);
    assertTrue(customer.isEntityJoin());
    assertEquals(Optional.empty(), customer.source());
    assertEquals(Optional.of("Customer"), customer.entityName());
    assertEquals(Optional.of("com.shop.Coupon"), fetches.joins().get(1).entityName());
    assertEquals(Optional.of("Customer"), fetches.entityOf("c"));
    assertEquals(Optional.empty(), fetches.pathOf(customer));
    assertEquals(List.of(), fetchPaths(fetches, "o"), "a fetch from the entity join is not o's");
    assertEquals(List.of("addresses"), fetchPaths(fetches, "c"));
    assertEquals("c.addresses", fetches.pathOf(fetches.fetchJoins().get(0)).orElseThrow().toString());
  }

  @Test
  void crossJoin() {
    QueryJoin join = read("select o, c from Order o cross join Customer c").joins().get(0);
    assertEquals(JoinType.CROSS, join.type());
    assertTrue(join.isEntityJoin());
    assertUnreadable("select o from Order o cross join o.customer c");
  }

  @Test
  void treatJoins() {
    QueryFetches fetches =
        read("select o from Order o join fetch treat(o.payment as CardPayment) cp"
            + " left join treat(o.shipment as com.shop.Express) e join fetch e.courier");
    QueryJoin payment = fetches.joins().get(0);
    assertEquals(Optional.of("CardPayment"), payment.treatedAs());
    assertEquals(List.of("payment"), payment.path());
    assertEquals(Optional.of("com.shop.Express"), fetches.joins().get(1).treatedAs());
    assertEquals(List.of("payment"), fetchPaths(fetches, "o"));
    assertEquals(List.of("courier"), fetchPaths(fetches, "e"));
  }

  @Test
  void collectionMemberDeclaration() {
    QueryFetches fetches = read("select li from Order o, in(o.lineItems) li where li.qty > 1");
    QueryJoin join = fetches.joins().get(0);
    assertEquals(JoinType.INNER, join.type());
    assertFalse(join.fetch());
    assertEquals(Optional.of("o"), join.source());
    assertEquals(Optional.of("li"), fetches.selectedAlias());
    read("select li from Order o, IN (o.lineItems) AS li");
  }

  @Test
  void fetchAllPropertiesIsIgnored() {
    assertEquals(List.of(), fetchPaths(read("from Document d fetch all properties where d.x = 1"), "d"));
    read("from Document fetch all properties order by name");
    QueryFetches fetches = read("from Document d fetch all properties join fetch d.owner");
    assertEquals(List.of("owner"), fetchPaths(fetches, "d"));
  }

  @Test
  void aliasesAreCaseInsensitiveButReportedAsDeclared() {
    QueryFetches fetches = read("select O from Order O join fetch o.lineItems LI join fetch li.product");
    assertEquals(Optional.of("O"), fetches.joins().get(0).source());
    assertEquals(Optional.of("LI"), fetches.joins().get(1).source());
    assertEquals(List.of("lineItems", "lineItems.product"), fetchPaths(fetches, "o"));
    assertEquals("O", fetches.fetchPaths("o").get(0).from());
  }

  @Test
  void unqualifiedFetchIsUnreadable() {
    // HQL resolves "lineItems" against some FROM element; only the entity model can say which.
    assertUnreadable("from Order join fetch lineItems");
    assertUnreadable("select o from Order o join fetch lineItems li");
    assertUnreadable("select o from Order o join fetch Customer c on c.id = o.customerId");
    assertUnreadable("select o from Order o join fetch x.lineItems");
  }

  @Test
  void joiningAnAliasItselfIsUnreadable() {
    assertUnreadable("select o from Order o join o");
    assertUnreadable("select o from Order o join fetch o x");
  }

  @Test
  void duplicateAliasIsUnreadable() {
    assertUnreadable("select o from Order o join o.lineItems o");
    assertUnreadable("select o from Order o, Customer O");
    assertUnreadable("select o from Order o join o.a x join o.b x");
  }

  @Test
  void derivedAndLateralJoinsAreUnreadable() {
    assertUnreadable("select o from Order o join (select c from Customer c) x on x.id = o.id");
    assertUnreadable("select o from Order o join lateral (select c from Customer c) x");
    assertUnreadable("select x from (select o from Order o) x");
  }

  @Test
  void joinsAfterWhereAreUnreadable() {
    assertUnreadable("select o from Order o where o.id = 1 join fetch o.lineItems");
  }
}

package io.github.ormcheck.checker.jpql;

import static io.github.ormcheck.checker.jpql.Queries.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Roots, aliases, the select clause and the clauses after FROM. */
class RootsAndSelectTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "select o from Order o",
        "select o from Order as o",
        "SELECT o FROM Order AS o",
        "from Order o",
        "from Order as o",
        "select o from Order o where o.total > 10",
        "SeLeCt o FrOm Order o WhErE o.total > 10 OrDeR bY o.id",
      })
  void rootWithAlias(String query) {
    QueryFetches fetches = read(query);
    assertTrue(fetches.isSelect());
    assertEquals(List.of(new QueryRoot("Order", Optional.of("o"), true)), fetches.roots());
    assertTrue(fetches.joins().isEmpty());
    assertEquals(Optional.of("o"), fetches.selectedAlias());
    assertEquals(Optional.of("Order"), fetches.entityOf("o"));
    assertEquals(Optional.of("Order"), fetches.entityOf("O"), "aliases are case-insensitive");
  }

  @ParameterizedTest
  @ValueSource(strings = {"from Order", "from Order where total > 10", "from Order order by id"})
  void rootWithoutAlias(String query) {
    QueryFetches fetches = read(query);
    assertEquals(List.of(new QueryRoot("Order", Optional.empty(), true)), fetches.roots());
    assertFalse(fetches.hasSelectClause());
    assertEquals(Optional.empty(), fetches.selectedAlias());
  }

  @Test
  void fullyQualifiedEntityName() {
    QueryFetches fetches = read("select o from com.shop.domain.Order o join fetch o.lineItems");
    QueryRoot root = fetches.roots().get(0);
    assertEquals("com.shop.domain.Order", root.entityName());
    assertEquals("Order", root.simpleName());
    assertEquals(List.of("lineItems"), Queries.fetchPaths(fetches, "o"));
  }

  @Test
  void multipleRoots() {
    QueryFetches fetches =
        read("select o, c from Order o, Customer c where o.customer = c and c.vip = true");
    assertEquals(
        List.of(
            new QueryRoot("Order", Optional.of("o"), true),
            new QueryRoot("Customer", Optional.of("c"), true)),
        fetches.roots());
    assertEquals(2, fetches.selectItems().size());
    assertEquals(Optional.of("c"), fetches.selectItems().get(1).variable());
    assertEquals(Optional.empty(), fetches.selectedAlias(), "a tuple, not entities of one alias");
  }

  @Test
  void multipleRootsEachWithJoins() {
    QueryFetches fetches =
        read("select o from Order o join fetch o.lineItems, Customer c join fetch c.addresses a");
    assertEquals(List.of("lineItems"), Queries.fetchPaths(fetches, "o"));
    assertEquals(List.of("addresses"), Queries.fetchPaths(fetches, "c"));
  }

  @Test
  void distinctAndSelectedAlias() {
    QueryFetches fetches = read("select distinct o from Order o join fetch o.lineItems");
    assertTrue(fetches.distinct());
    assertEquals(Optional.of("o"), fetches.selectedAlias());
    assertFalse(read("select o from Order o").distinct());
    assertFalse(read("select all o from Order o").distinct());
  }

  @Test
  void selectedJoinAlias() {
    QueryFetches fetches =
        read("select c from Order o join o.customer c join fetch c.addresses where o.id = :id");
    assertEquals(Optional.of("c"), fetches.selectedAlias());
    assertEquals(List.of("addresses"), Queries.fetchPaths(fetches, "c"));
    assertEquals(List.of(), Queries.fetchPaths(fetches, "o"));
  }

  @Test
  void selectedAliasForms() {
    assertEquals(Optional.of("o"), read("select object(o) from Order o").selectedAlias());
    assertEquals(Optional.of("o"), read("select o as ord from Order o").selectedAlias());
    assertEquals(Optional.of("O"), read("select o from Order O").selectedAlias(), "as declared");
    assertEquals(Optional.empty(), read("select o.customer from Order o").selectedAlias());
    assertEquals(Optional.empty(), read("select count(o) from Order o").selectedAlias());
    assertEquals(Optional.empty(), read("from Order o join o.customer c").selectedAlias());
    assertEquals(Optional.of("o"), read("from Order o join fetch o.customer").selectedAlias());
  }

  @Test
  void constructorExpression() {
    QueryFetches fetches =
        read("select new com.shop.dto.OrderRow(o.id, c.name, count(li)) from Order o"
            + " join o.customer c left join o.lineItems li group by o.id, c.name");
    SelectItem item = fetches.selectItems().get(0);
    assertEquals(Optional.of("com.shop.dto.OrderRow"), item.constructorClass());
    assertEquals(Optional.empty(), item.variable());
    assertEquals("new com.shop.dto.OrderRow(o.id, c.name, count(li))", item.text());
    assertEquals(Optional.empty(), fetches.selectedAlias());
    assertEquals(2, fetches.joins().size());
    assertTrue(fetches.fetchJoins().isEmpty());
    assertEquals(Optional.of("map"),
        read("select new map(o.id as id) from Order o").selectItems().get(0).constructorClass());
    assertTrue(read("select distinct new Dto(o.id) from Order o").distinct());
  }

  @Test
  void selectExpressions() {
    QueryFetches fetches =
        read("select case when o.total is null then 'none' when o.total > 100 then 'big'"
            + " else 'small' end, extract(year from o.placedAt), trim(leading 'x' from o.code),"
            + " trim(from o.code), substring(o.code, 1, 2), cast(o.total as string),"
            + " coalesce(o.note, ''), count(*), o.total * 2, -o.total, :param, ?1,"
            + " size(o.lineItems), {d '2024-01-01'}"
            + " from Order o");
    assertEquals(14, fetches.selectItems().size());
    assertEquals("count(*)", fetches.selectItems().get(7).text());
    assertEquals(List.of(new QueryRoot("Order", Optional.of("o"), true)), fetches.roots());
  }

  @Test
  void fromFirstWithSelectAfterwards() {
    QueryFetches fetches = read("from Order o join fetch o.lineItems where o.total > 1 select o");
    assertTrue(fetches.hasSelectClause());
    assertEquals(Optional.of("o"), fetches.selectedAlias());
    assertEquals(List.of("lineItems"), Queries.fetchPaths(fetches, "o"));
  }

  @Test
  void orderByGroupByHaving() {
    QueryFetches fetches =
        read("select c, count(o) from Customer c join c.orders o where c.vip = true"
            + " group by c having count(o) > 2 order by count(o) desc nulls last, c.name asc");
    assertTrue(fetches.hasOrderBy());
    assertFalse(fetches.hasLimitOrOffset());
    assertFalse(read("select o from Order o").hasOrderBy());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "select o from Order o join fetch o.lineItems limit 10",
        "select o from Order o join fetch o.lineItems order by o.id limit :max offset :first",
        "select o from Order o join fetch o.lineItems offset 5 rows",
        "select o from Order o join fetch o.lineItems fetch first 10 rows only",
        "select o from Order o join fetch o.lineItems offset 2 fetch next 5 rows with ties",
      })
  void limitOffsetAndFetchFirst(String query) {
    QueryFetches fetches = read(query);
    assertTrue(fetches.hasLimitOrOffset());
    assertEquals(List.of("lineItems"), Queries.fetchPaths(fetches, "o"));
  }

  @Test
  void limitInSubqueryIsNotTopLevel() {
    QueryFetches fetches =
        read("select o from Order o where o.id in (select x.id from Order x order by x.id limit 5)");
    assertFalse(fetches.hasLimitOrOffset());
    assertFalse(fetches.hasOrderBy());
  }

  @Test
  void keywordsAsAttributeNames() {
    QueryFetches fetches =
        read("select o from Order o join fetch o.order join fetch o.from f left join fetch f.select"
            + " where o.where = 1 and o.group.by = 2 and o.join is not null order by o.limit");
    assertEquals(List.of("order", "from", "from.select"), Queries.fetchPaths(fetches, "o"));
    assertTrue(fetches.hasOrderBy());
  }

  @Test
  void keywordLikeAliases() {
    QueryFetches fetches = read("select value from Order value join fetch value.lineItems item");
    assertEquals(List.of("lineItems"), Queries.fetchPaths(fetches, "value"));
    QueryFetches quoted = read("select `order` from Order `order` join fetch `order`.lineItems");
    assertEquals(List.of("lineItems"), Queries.fetchPaths(quoted, "order"));
  }

  @Test
  void stringLiteralsAreOpaque() {
    QueryFetches fetches =
        read("select o from Order o join fetch o.lineItems where o.note = 'it''s from o join fetch"
            + " o.hidden where (' and o.code <> \"join fetch o.other\" and o.x = ''");
    assertEquals(List.of("lineItems"), Queries.fetchPaths(fetches, "o"));
  }

  @Test
  void parametersAnywhereInExpressions() {
    QueryFetches fetches =
        read("select o from Order o join fetch o.customer c where o.id = :id and o.status in :statuses"
            + " and c.id in (:ids) and o.x = ?1 and o.y = ? and :flag = true"
            + " order by o.id limit :limit");
    assertEquals(List.of("customer"), Queries.fetchPaths(fetches, "o"));
  }

  @Test
  void unicodeNames() {
    QueryFetches fetches = read("select ö from Bestellüng ö join fetch ö.pösitionen p where p.größe > 1");
    assertEquals("Bestellüng", fetches.roots().get(0).entityName());
    assertEquals(List.of("pösitionen"), Queries.fetchPaths(fetches, "Ö"));
  }

  @Test
  void whitespaceVariants() {
    QueryFetches fetches =
        read("\n\tselect\u00a0o\r\nfrom   Order\to\n  left\n outer\tjoin\n fetch o.lineItems  ");
    assertEquals(List.of("lineItems"), Queries.fetchPaths(fetches, "o"));
  }

  @Test
  void numbersAndOperators() {
    read("select o from Order o where o.a >= 1.5e3 and o.b <= .5 and o.c <> 10L and o.d != 2BD"
        + " and o.e ^= 0x1F and o.f || 'x' = 'y' and o.g % 2 = 0 and o.h / 2 - 1 + 3 < 4");
  }

  @Test
  void fromInsideExpressionsDoesNotEndTheClause() {
    QueryFetches fetches =
        read("select extract(year from o.placedAt) from Order o join fetch o.lineItems"
            + " where o.a is distinct from o.b and o.c is not distinct from :c");
    assertEquals(List.of("lineItems"), Queries.fetchPaths(fetches, "o"));
  }

  @Test
  void selectItemTexts() {
    QueryFetches fetches = read("select o.id,  upper(o.code)  , o from Order o");
    assertEquals(
        List.of("o.id", "upper(o.code)", "o"),
        fetches.selectItems().stream().map(SelectItem::text).collect(Collectors.toList()));
  }
}

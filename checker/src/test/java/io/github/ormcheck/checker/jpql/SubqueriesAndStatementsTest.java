package io.github.ormcheck.checker.jpql;

import static io.github.ormcheck.checker.jpql.Queries.assertUnreadable;
import static io.github.ormcheck.checker.jpql.Queries.fetchPaths;
import static io.github.ormcheck.checker.jpql.Queries.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Subqueries never count for the outer query; update, delete and insert have no fetches. */
class SubqueriesAndStatementsTest {

  @Test
  void joinsInExistsSubqueryAreNotTopLevel() {
    QueryFetches fetches =
        read("select o from Order o join fetch o.customer where exists (select li from LineItem li"
            + " join fetch li.product p left join fetch p.category where li.order = o)");
    assertEquals(List.of("customer"), fetchPaths(fetches, "o"));
    assertEquals(1, fetches.joins().size());
    assertEquals(1, fetches.fetchJoins().size());
    assertEquals(3, fetches.allJoins().size());
    assertFalse(fetches.allJoins().get(1).topLevel());
    assertEquals(List.of(new QueryRoot("Order", Optional.of("o"), true)), fetches.roots());
    assertEquals(2, fetches.allRoots().size());
    assertFalse(fetches.allRoots().get(1).topLevel());
    assertEquals(List.of(), fetchPaths(fetches, "li"), "subquery aliases are not the caller's");
  }

  @Test
  void correlatedSubqueryPathIsAJoinFromTheOuterAlias() {
    QueryFetches fetches =
        read("select o from Order o where exists (select 1 from o.lineItems li join li.product p"
            + " where p.price > 10)");
    assertTrue(fetches.joins().isEmpty());
    QueryJoin correlated = fetches.allJoins().get(0);
    assertEquals(Optional.of("o"), correlated.source());
    assertEquals(List.of("lineItems"), correlated.path());
    assertFalse(correlated.topLevel());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "select o from Order o where o.id in (select li.order.id from LineItem li join fetch li.x)",
        "select o from Order o where o.total > all (select p.total from Order p join p.items i)",
        "select o from Order o where o.total > any (select p.total from Order p join p.items i)",
        "select o from Order o where not exists (from LineItem li join li.x where li.order = o)",
        "select o, (select count(li) from LineItem li join li.x where li.order = o) from Order o",
        "select o from Order o group by o having count(o) > (select avg(p.n) from P p join p.q)",
        "select o from Order o where o.id = coalesce((select max(p.id) from P p join p.q), 0)",
        "select o from Order o where o.id in (select p.id from P p join p.q union all"
            + " select r.id from R r join r.s)",
        "select o from Order o order by (select count(x) from X x join x.y where x.o = o)",
        "select o from Order o where exists (select 1 from A a where exists (select 1 from B b"
            + " join b.c where b.a = a and exists (select 1 from C c join c.d where c.o = o)))",
      })
  void subqueriesAnywhere(String query) {
    QueryFetches fetches = read(query);
    assertTrue(fetches.joins().isEmpty(), () -> fetches.toString());
    assertTrue(fetches.fetchJoins().isEmpty());
    assertTrue(fetches.allJoins().stream().noneMatch(QueryJoin::topLevel));
    assertFalse(fetches.allJoins().isEmpty());
  }

  @Test
  void subqueryAliasesDoNotLeakOut() {
    assertUnreadable(
        "select o from Order o left join o.customer cu on exists (select 1 from Customer c"
            + " where c.id = cu.id) join fetch c.addresses");
  }

  @Test
  void subqueriesSeeOuterAliases() {
    QueryFetches fetches =
        read("select o from Order o where exists (select 1 from Customer c join c.orders co"
            + " where co = o and exists (select 1 from o.lineItems li where li.customer = c))");
    assertEquals(2, fetches.allJoins().size());
    assertEquals(Optional.of("o"), fetches.allJoins().get(1).source());
    assertEquals(List.of("lineItems"), fetches.allJoins().get(1).path());
  }

  @Test
  void topLevelSetOperationsAreUnreadable() {
    assertUnreadable("select o from Order o union select p from Order p");
    assertUnreadable("select o from Order o join fetch o.a intersect select o from Order o");
  }

  @Test
  void subqueryNestingIsBounded() {
    StringBuilder query = new StringBuilder("select o from Order o where ");
    int depth = JpqlParser.MAX_SUBQUERY_DEPTH;
    for (int i = 0; i < depth; i++) {
      query.append("exists (select 1 from A a").append(i).append(" where ");
    }
    query.append("1 = 1").append(")".repeat(depth));
    read(query.toString());
    assertUnreadable(query.toString().replace("where 1 = 1", "where exists (select 1 from B b) "));
  }

  @Test
  void update() {
    QueryFetches fetches =
        read("update Order o set o.status = :status, o.total = o.total * 1.1 where o.id in"
            + " (select li.order.id from LineItem li join li.product p where p.discontinued = true)");
    assertEquals(StatementKind.UPDATE, fetches.kind());
    assertFalse(fetches.isSelect());
    assertEquals(List.of(new QueryRoot("Order", Optional.of("o"), true)), fetches.roots());
    assertTrue(fetches.joins().isEmpty());
    assertEquals(1, fetches.allJoins().size());
    assertEquals(Optional.empty(), fetches.selectedAlias());
    assertEquals(StatementKind.UPDATE, read("UPDATE versioned Order set status = 'X'").kind());
    assertEquals(StatementKind.UPDATE, read("update com.shop.Order as o set o.x = 1").kind());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "delete from Order o where o.status = :s",
        "DELETE FROM Order",
        "delete Order where id = 1",
        "delete from Order o where exists (select 1 from o.lineItems li join li.x)",
      })
  void delete(String query) {
    QueryFetches fetches = read(query);
    assertEquals(StatementKind.DELETE, fetches.kind());
    assertEquals("Order", fetches.roots().get(0).entityName());
    assertTrue(fetches.joins().isEmpty());
    assertTrue(fetches.fetchJoins().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "insert into Archive (id, name) select o.id, c.name from Order o join fetch o.customer c",
        "insert Archive (id) select o.id from Order o",
        "insert into Archive (id, name) values (1, 'a'), (:id, :name)",
        "insert into Archive (id) values (1) on conflict(id) do update set name = 'b' where id > 0",
      })
  void insert(String query) {
    QueryFetches fetches = read(query);
    assertEquals(StatementKind.INSERT, fetches.kind());
    assertEquals("Archive", fetches.roots().get(0).entityName());
    assertTrue(fetches.joins().isEmpty(), "the rows it reads are not loaded entities");
    assertTrue(fetches.fetchJoins().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "update Order o",
        "update Order o set",
        "update Order o set o.x = 1 where",
        "delete",
        "delete from",
        "delete from Order o where o.x =",
        "insert into Archive (id",
        "insert into Archive (id) values",
        "insert into Archive (id) select",
        "update Order o set o.x = 1 join o.y",
      })
  void malformedWrites(String query) {
    assertUnreadable(query);
  }
}

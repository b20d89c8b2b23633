package io.github.ormcheck.checker.jpql;

import static io.github.ormcheck.checker.jpql.Queries.assertUnreadable;
import static io.github.ormcheck.checker.jpql.Queries.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text the analysis cannot read gives an empty result, never an exception. */
class UnreadableTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "select",
        "select o",
        "select o from",
        "select o, from Order o",
        "select from Order o",
        "from",
        "from Order o join",
        "from Order o join fetch",
        "from Order o left",
        "from Order o left outer",
        "from Order o join fetch o.",
        "from Order o join fetch o.lineItems li join fetch li.",
        "from Order o join fetch o.lineItems as",
        "from Order o join o.customer c c",
        "from Order o,",
        "from Order o where",
        "from Order o where o.x =",
        "from Order o where o.x = 1 and",
        "from Order o where o.x = 1 or not",
        "from Order o where o.x in",
        "from Order o where o.x between 1 and",
        "from Order o where o.x like",
        "from Order o where (o.x = 1",
        "from Order o where o.x = 1)",
        "from Order o where o.x = (1]",
        "from Order o where f(o.x,)",
        "from Order o where o.name = 'abc",
        "from Order o where o.name = \"abc",
        "from Order o order by",
        "from Order o order by o.id,",
        "from Order o group by",
        "from Order o where o.x = :",
        "from Order o where o.x = ::x",
        "from Order o where o.x = 1;",
        "from Order o where o.x in (select)",
        "from Order o where exists (select li from)",
        "from Order o where exists (select li from LineItem li",
        "select (o from Order o",
        "select o from Order o where o.x = `",
        "select o from Order o join fetch o.lineItems li join fetch li.product p)",
        "o from Order o",
        "Order o",
        "(select o from Order o)",
        "with x as (select o from Order o) select x from x",
      })
  void truncatedOrMalformed(String query) {
    assertUnreadable(query);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT * FROM orders",
        "select o.* from orders o join customers c on c.id = o.customer_id",
        "SELECT id FROM orders WHERE id = 1;",
        "select a::text from t",
        "select o from Order o -- trailing comment",
        "/* hint */ select o from Order o",
        "select o from Order o // comment",
        "select o from Order o where o.x = #{id}",
        "select o from Order o where o.x = @id",
        "select o from Order o where o.x & 1 = 1",
        "select o from Order o where o.x ~ 'a'",
        "select o from Order o where o.x = “quoted”",
        "SHOW TABLES",
        "call proc(1)",
        "merge into t using s on (t.id = s.id) when matched then update set t.x = 1",
      })
  void nativeSqlAndComments(String query) {
    assertUnreadable(query);
  }

  @Test
  void nullIsUnreadable() {
    assertTrue(JpqlFetchAnalysis.analyze(null).isEmpty());
  }

  @Test
  void unpairedSurrogateIsUnreadable() {
    assertUnreadable("select o from Order o where o.x = 1 \ud800");
    assertUnreadable("select \udc00 from Order o");
  }

  @Test
  void supplementaryCharactersInNamesAndLiterals() {
    QueryFetches fetches = read("select 𝒪 from Order 𝒪 join fetch 𝒪.items where 𝒪.note = '😀'");
    assertEquals(List.of("items"), Queries.fetchPaths(fetches, "𝒪"));
  }

  @Test
  void whyUnreadableNamesTheProblem() {
    assertEquals(
        "unterminated string literal at 34",
        JpqlFetchAnalysis.whyUnreadable("select o from Order o where o.x = 'abc").orElseThrow());
    assertTrue(JpqlFetchAnalysis.whyUnreadable("select o from Order o").isEmpty());
  }

  @Test
  void deeplyNestedParenthesesAreReadWithoutRecursion() {
    int depth = 10_000;
    String balanced =
        "select o from Order o join fetch o.items where " + "(".repeat(depth) + "o.x = 1"
            + ")".repeat(depth);
    assertEquals(List.of("items"), Queries.fetchPaths(read(balanced), "o"));
    assertUnreadable(balanced + ")");
    assertUnreadable(balanced.substring(0, balanced.length() - 1));
  }
}

package io.github.ormcheck.checker.bugpatterns;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class InvalidLoadPlanTest {
  private final CompilationTestHelper helper =
      LoadPlanSources.withShop(CompilationTestHelper.newInstance(InvalidLoadPlan.class, getClass()));

  @Test
  void validPlansAreSilent() {
    helper
        .addSourceLines("shop/Valid.java",
            "package shop;",
            "import io.github.ormcheck.annotations.LoadPlan;",
            "import java.util.*;",
            "import java.util.stream.Stream;",
            "abstract class Valid {",
            "  @LoadPlan({\"customer\", \"lines.order\", \"customer.address.country\"}) abstract List<Order> a();",
            "  @LoadPlan({}) abstract Optional<Order> b();",
            "  @LoadPlan(\"customer\") abstract Stream<Order> c();",
            "  @LoadPlan(root = Order.class, value = \"lines\") abstract void d(List<Order> orders);",
            "  @LoadPlan(\"customer\") abstract Order[] e();",
            "  abstract List<Order> notPlanned();",
            "}")
        .doTest();
  }

  @Test
  void invalidPathsAndRoots() {
    helper
        .addSourceLines("shop/Invalid.java",
            "package shop;",
            "import io.github.ormcheck.annotations.LoadPlan;",
            "import java.util.*;",
            "abstract class Invalid {",
            "  // BUG: Diagnostic contains: Order has no association 'lnes' (did you mean 'lines'?); associations of Order: customer, lines",
            "  @LoadPlan({\"customer\", \"lnes\"}) abstract List<Order> typo();",
            "  // BUG: Diagnostic contains: 'status' in 'status' is a basic attribute of Order",
            "  @LoadPlan(\"status\") abstract List<Order> basic();",
            "  // BUG: Diagnostic contains: is an embedded value of Customer",
            "  @LoadPlan(\"customer.address\") abstract List<Order> embeddedEnd();",
            "  // BUG: Diagnostic contains: Customer has no association 'orders'",
            "  @LoadPlan(\"customer.orders\") abstract List<Order> nested();",
            "  // BUG: Diagnostic contains: has no root entity",
            "  @LoadPlan(\"customer\") abstract List<String> noRoot();",
            "}")
        .doTest();
  }

  @Test
  void entitiesFromClassFilesAndGenericReturnTypes() {
    helper
        .addSourceLines("shop/FromJar.java",
            "package shop;",
            "import io.github.ormcheck.annotations.LoadPlan;",
            "import io.github.ormcheck.checker.bugpatterns.testdata.LibraryOrder;",
            "import java.util.*;",
            "import java.util.concurrent.CompletableFuture;",
            "abstract class FromJar {",
            "  @LoadPlan(\"customer\") abstract List<LibraryOrder> valid();",
            "  @LoadPlan(\"customer\") abstract CompletableFuture<Optional<LibraryOrder>> nested();",
            "  @LoadPlan(\"customer\") abstract <T extends Collection<LibraryOrder>> T generic();",
            "  // BUG: Diagnostic contains: LibraryOrder has no association 'custmer' (did you mean 'customer'?)",
            "  @LoadPlan(\"custmer\") abstract List<LibraryOrder> typo();",
            "}")
        .doTest();
  }
}

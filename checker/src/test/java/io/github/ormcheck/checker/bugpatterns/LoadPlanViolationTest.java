package io.github.ormcheck.checker.bugpatterns;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class LoadPlanViolationTest {
  private final CompilationTestHelper helper =
      LoadPlanSources.withShop(CompilationTestHelper.newInstance(LoadPlanViolation.class, getClass()));

  @Test
  void navigationWithinThePlanIsSilent() {
    helper
        .addSourceLines("shop/Printer.java",
            "package shop;",
            "import io.github.ormcheck.annotations.LoadPlan;",
            "import java.util.*;",
            "class Printer {",
            "  @LoadPlan(root = Order.class, value = {\"customer\", \"lines\"})",
            "  void print(List<Order> orders) {",
            "    for (Order o : orders) {",
            "      o.getCustomer().getName();",
            "      o.getCustomer().getAddress();",
            "      for (Line l : o.getLines()) { l.getOrder().getStatus(); l.getOrigin().getCode(); }",
            "    }",
            "  }",
            "  @LoadPlan({}) Order one() { return null; }",
            "  void caller() {",
            "    Order o = one();",
            "    o.getCustomer().getId();",
            "    o.getStatus();",
            "  }",
            "  void unplanned(List<Order> orders) {",
            "    for (Order o : orders) { o.getLines().size(); }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void navigationOutsideThePlan() {
    helper
        .addSourceLines("shop/Printer.java",
            "package shop;",
            "import io.github.ormcheck.annotations.LoadPlan;",
            "import java.util.*;",
            "class Printer {",
            "  @LoadPlan(root = Order.class, value = {\"customer\"})",
            "  void print(List<Order> orders) {",
            "    for (Order o : orders) {",
            "      o.getCustomer().getName();",
            "      // BUG: Diagnostic contains: navigates 'lines' inside print, whose @LoadPlan from Order declares only [customer]",
            "      o.getLines().size();",
            "      // BUG: Diagnostic contains: navigates 'customer.address.country'",
            "      o.getCustomer().getAddress().getCountry().getCode();",
            "    }",
            "  }",
            "  @LoadPlan({\"customer\"}) List<Order> recent() { return List.of(); }",
            "  void caller() {",
            "    for (Order o : recent()) {",
            "      o.getCustomer().getName();",
            "      // BUG: Diagnostic contains: on the result of Printer.recent",
            "      o.getLines().isEmpty();",
            "    }",
            "  }",
            "  // Each call's result is checked once, in the method or lambda body that holds it.",
            "  void twice() {",
            "    for (Order o : recent()) {",
            "      // BUG: Diagnostic contains: navigates 'lines' on the result of Printer.recent",
            "      o.getLines().size();",
            "    }",
            "    for (Order o : recent()) {",
            "      o.getCustomer().getName();",
            "    }",
            "    Runnable later = () -> {",
            "      for (Order o : recent()) {",
            "        // BUG: Diagnostic contains: navigates 'customer.address.country' on the result of Printer.recent",
            "        o.getCustomer().getAddress().getCountry().getCode();",
            "      }",
            "    };",
            "  }",
            "}")
        .doTest();
  }
}

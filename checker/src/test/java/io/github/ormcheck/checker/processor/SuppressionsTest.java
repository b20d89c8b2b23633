package io.github.ormcheck.checker.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.ormcheck.checker.testing.MappingRun.compile;
import static io.github.ormcheck.checker.testing.MappingRun.findings;
import static io.github.ormcheck.checker.testing.MappingRun.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The scope of {@code @SuppressWarnings("RuleId")}, shared by every mapping rule (the rule tests
 * cover field, getter and class): enclosing classes count, other ids do not, {@code "all"} does
 * (as in javac and Error Prone). Every case runs through both front doors.
 */
class SuppressionsTest {

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

  @Test
  void enclosingClassSuppressesItsNestedEntities() {
    Compilation compilation =
        compile(
            CUSTOMER,
            source(
                "shop.Orders",
                """
                package shop;

                import jakarta.persistence.*;

                @SuppressWarnings("EagerToOne")
                public class Orders {
                  @Entity
                  public static class Order {
                    @Id Long id;
                    @ManyToOne Customer customer;
                  }
                }
                """));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void onlyTheNamedRulesAreSuppressed() {
    Compilation compilation =
        compile(
            CUSTOMER,
            source(
                "shop.Order",
                """
                package shop;

                import jakarta.persistence.*;
                import java.util.Set;

                @Entity
                @SuppressWarnings({"EagerToMany", "eagertoone", "unchecked"})
                public class Order {
                  @Id Long id;
                  @ManyToOne Customer customer;
                  @ManyToMany(fetch = FetchType.EAGER) Set<Customer> watchers;
                }
                """));

    assertThat(findings(compilation, "EagerToMany")).isEmpty();
    assertThat(findings(compilation, "EagerToOne")).hasSize(1);
  }

  @Test
  void allSuppressesEveryRuleAsInJavacAndErrorProne() {
    Compilation compilation =
        compile(
            CUSTOMER,
            source(
                "shop.Order",
                """
                package shop;

                import jakarta.persistence.*;
                import java.util.List;

                @Entity
                public class Order {
                  @Id Long id;
                  @SuppressWarnings("all") @ManyToOne Customer customer;
                  @ManyToOne Customer payer;
                  @SuppressWarnings({"unchecked", "all"}) @ManyToMany(fetch = FetchType.EAGER) List<Customer> watchers;
                }
                """));

    assertThat(findings(compilation, "EagerToOne")).hasSize(1);
    assertThat(findings(compilation, "EagerToOne").get(0).getLineNumber()).isEqualTo(10);
    assertThat(findings(compilation, "EagerToMany")).isEmpty();
    assertThat(findings(compilation, "ManyToManyList")).isEmpty();
  }

  @Test
  void suppressionOfOneAttributeLeavesTheOthers() {
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
                  @Id Long id;
                  @SuppressWarnings("EagerToOne") @ManyToOne Customer customer;
                  @ManyToOne Customer payer;
                }
                """));

    assertThat(findings(compilation, "EagerToOne")).hasSize(1);
    assertThat(compilation).hadWarningContaining("[EagerToOne] Order.payer");
  }
}

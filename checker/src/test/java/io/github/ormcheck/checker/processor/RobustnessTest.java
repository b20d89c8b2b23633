package io.github.ormcheck.checker.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.ormcheck.checker.testing.MappingRun.compile;
import static io.github.ormcheck.checker.testing.MappingRun.message;
import static io.github.ormcheck.checker.testing.MappingRun.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The processor never throws into javac and never adds errors of its own on broken or unusual
 * code: javac reports its errors, ormcheck stays out of the way (no internal-error notes).
 */
class RobustnessTest {

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

  /** Its one EagerToOne warning shows that the processor ran over the compilation. */
  private static final JavaFileObject CANARY =
      source(
          "shop.Canary",
          """
          package shop;

          import jakarta.persistence.*;

          @Entity
          public class Canary {
            @Id Long id;
            @ManyToOne Customer customer;
          }
          """);

  @Test
  void unresolvableTypes() {
    Compilation compilation =
        compile(
            CUSTOMER,
            CANARY,
            source(
                "shop.Order",
                """
                package shop;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                public class Order extends MissingBase {
                  @Id Long id;
                  @Missing @ManyToOne(fetch = FetchType.LAZY) Customer customer;
                  @ManyToOne Missing missing;
                  @OneToMany List<Unknown> unknowns;
                  @ManyToMany(targetEntity = Absent.class) Set<Object> absent;
                  @ElementCollection Map<String, Nowhere> nowhere;
                  @Embedded Lost lost;
                }
                """));

    assertOnlyJavacErrors(compilation, "cannot find symbol");
    assertThat(compilation).hadWarningContaining("[EagerToOne] Canary.customer");
  }

  @Test
  void rawTypesAndWildcards() {
    Compilation compilation =
        compile(
            CUSTOMER,
            CANARY,
            source(
                "shop.Order",
                """
                package shop;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                @SuppressWarnings({"rawtypes", "EagerToOne", "EagerToMany", "ManyToManyList",
                    "UnidirectionalOneToMany"})
                public class Order {
                  @Id Long id;
                  @OneToMany List raw;
                  @ManyToMany Collection rawBag;
                  @ElementCollection(fetch = FetchType.EAGER) Map rawMap;
                  @OneToMany List<? extends Customer> upper;
                  @ManyToMany Set<?> any;
                  @OneToMany Map<?, ? super Customer> lower;
                  @ManyToOne Object untyped;
                  @ManyToOne Comparable<Customer> generic;
                  @OneToMany ArrayList<Customer> concrete;
                  @OneToMany Customer[] array;
                  @ManyToOne int primitive;
                }
                """));

    assertClean(compilation);
  }

  @Test
  void entityInterfaceEnumRecordAndAnnotationType() {
    Compilation compilation =
        compile(
            CUSTOMER,
            CANARY,
            source(
                "shop.Odd",
                """
                package shop;

                import jakarta.persistence.*;

                public class Odd {
                  @Entity
                  public interface Named {
                    @Id Long getId();
                    @ManyToOne(fetch = FetchType.LAZY) Customer getCustomer();
                  }

                  @Entity
                  public enum Status {
                    OPEN, CLOSED;
                    @ManyToOne(fetch = FetchType.LAZY) Customer customer;
                  }

                  @Entity
                  public record Snapshot(@Id Long id, @ManyToOne(fetch = FetchType.LAZY) Customer customer) {}

                  @Entity
                  public @interface Marker {
                    String value() default "";
                  }

                  @MappedSuperclass
                  public abstract static class Generic<T extends Comparable<T>> {
                    @ManyToOne(fetch = FetchType.LAZY) T owner;
                  }

                  @Embeddable
                  public static class Loop {
                    @Embedded Loop self;
                  }
                }
                """));

    assertClean(compilation);
  }

  /** javac runs no processor over annotations with erroneous values; it reports them alone. */
  @Test
  void badAnnotationValues() {
    Compilation compilation =
        compile(
            CUSTOMER,
            source(
                "shop.Order",
                """
                package shop;

                import jakarta.persistence.*;
                import java.util.*;
                import org.hibernate.annotations.*;

                @jakarta.persistence.Entity
                @Access(AccessType.NEITHER)
                @BatchSize(size = "many")
                public class Order {
                  @jakarta.persistence.Id Long id;
                  @ManyToOne(fetch = FetchType.SOMETIMES) Customer customer;
                  @OneToMany(fetch = "LAZY", mappedBy = 42) List<Customer> customers;
                  @ManyToMany @Fetch(FetchMode.WHATEVER) Set<Customer> tags;
                  @OneToOne(targetEntity = 7) Customer owner;
                }
                """));

    // javac's wording for the bad enum constants differs between JDK 17 and 25; the type
    // mismatches read the same on both.
    assertOnlyJavacErrors(compilation, "incompatible types");
  }

  @Test
  void cyclicInheritance() {
    Compilation compilation =
        compile(
            source(
                "shop.Cycle",
                """
                package shop;

                import jakarta.persistence.*;

                @Entity
                class A extends B { @Id Long id; }

                @MappedSuperclass
                class B extends A {}
                """));

    assertOnlyJavacErrors(compilation, "cyclic inheritance");
  }

  /**
   * javac succeeded, the only warning is the canary's, and ormcheck left no note of a failure.
   */
  private static void assertClean(Compilation compilation) {
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[EagerToOne] Canary.customer");
    assertWithMessage("notes of %s", compilation)
        .that(compilation.notes().stream().map(d -> message(d)).filter(m -> m.contains("ormcheck")).toList())
        .isEmpty();
  }

  /**
   * javac failed with its own errors (one of them containing {@code javacError}), and every
   * error and note comes from javac: none names ormcheck, a rule, or an exception.
   */
  private static void assertOnlyJavacErrors(Compilation compilation, String javacError) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(javacError);
    List<String> ours =
        compilation.diagnostics().stream()
            .filter(d -> d.getKind() != Diagnostic.Kind.WARNING)
            .map(d -> message(d))
            .filter(
                m ->
                    m.contains("ormcheck")
                        || m.startsWith("[")
                        || m.contains("Exception")
                        || m.contains("\tat "))
            .toList();
    assertWithMessage("errors and notes from ormcheck in %s", compilation).that(ours).isEmpty();
  }
}

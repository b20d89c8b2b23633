package io.github.ormcheck.checker.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.ormcheck.checker.testing.MappingRun.assertNoFinding;
import static io.github.ormcheck.checker.testing.MappingRun.compile;
import static io.github.ormcheck.checker.testing.MappingRun.findings;
import static io.github.ormcheck.checker.testing.MappingRun.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.ormcheck.checker.report.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code -Aormcheck.*} options: severities, their validation, and the SARIF report. */
class OptionsTest {

  private static final String ORDER =
      """
      package shop;

      import jakarta.persistence.*;
      import java.util.Set;

      @Entity
      public class Order {
        @Id Long id;
        @ManyToOne Customer customer;
        @OneToMany(mappedBy = "order", fetch = FetchType.EAGER) Set<Line> lines;
        @SuppressWarnings("EagerToOne") @ManyToOne Customer payer;
      }

      @Entity
      class Customer {
        @Id Long id;
      }

      @Entity
      class Line {
        @Id Long id;
        @ManyToOne(fetch = FetchType.LAZY) Order order;
      }
      """;

  private static JavaFileObject order() {
    return source("shop.Order", ORDER);
  }

  @Test
  void defaultsWarn() {
    Compilation compilation = compile(order());

    assertThat(compilation).succeeded();
    assertThat(findings(compilation, "EagerToOne")).hasSize(1);
    assertThat(findings(compilation, "EagerToMany")).hasSize(1);
  }

  @Test
  void offSilencesOneRule() {
    Compilation compilation = compile(List.of("-Aormcheck.EagerToOne=OFF"), order());

    assertThat(compilation).succeeded();
    assertNoFinding(compilation, "EagerToOne");
    assertThat(findings(compilation, "EagerToMany")).hasSize(1);
  }

  @Test
  void errorMakesItAnError() {
    JavaFileObject order = order();

    Compilation compilation = compile(List.of("-Aormcheck.EagerToOne=ERROR"), order);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[EagerToOne] Order.customer")
        .inFile(order)
        .onLineContaining("@ManyToOne Customer customer;");
    assertThat(compilation).hadWarningContaining("[EagerToMany] Order.lines");
  }

  @Test
  void valuesAreCaseInsensitive_andWarnDowngradesAnError() {
    JavaFileObject twoBags =
        source(
            "shop.Order",
            """
            package shop;

            import jakarta.persistence.*;
            import java.util.List;

            @Entity
            public class Order {
              @Id Long id;
              @ElementCollection(fetch = FetchType.EAGER) List<String> notes;
              @ElementCollection(fetch = FetchType.EAGER) List<String> labels;
            }
            """);

    Compilation compilation =
        compile(
            List.of("-Aormcheck.hibernateVersion=5.6", "-Aormcheck.MultipleBagFetch=warn"),
            twoBags);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[MultipleBagFetch] Entity Order");
  }

  @Test
  void badValueNamesTheOptionAndTheAcceptedValues() {
    Compilation compilation = compile(List.of("-Aormcheck.EagerToOne=LOUD"), order());

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("-Aormcheck.EagerToOne");
    assertThat(compilation).hadErrorContaining("'LOUD'");
    assertThat(compilation).hadErrorContaining("OFF|WARN|ERROR");
  }

  @Test
  void missingValueIsABadValue() {
    Compilation compilation = compile(List.of("-Aormcheck.EagerToOne"), order());

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("-Aormcheck.EagerToOne");
    assertThat(compilation).hadErrorContaining("OFF|WARN|ERROR");
  }

  @Test
  void badHibernateVersionNamesTheOption() {
    Compilation compilation = compile(List.of("-Aormcheck.hibernateVersion=latest"), order());

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("-Aormcheck.hibernateVersion");
    assertThat(compilation).hadErrorContaining("'latest'");
  }

  @Test
  void unknownRuleIdListsTheRuleIds() {
    Compilation compilation = compile(List.of("-Aormcheck.EagerToOnes=OFF"), order());

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("unknown option -Aormcheck.EagerToOnes");
    for (String id :
        List.of(
            "EagerToMany",
            "EagerToOne",
            "ManyToManyList",
            "UnidirectionalOneToMany",
            "MultipleBagFetch")) {
      assertThat(compilation).hadErrorContaining(id);
    }
  }

  @Test
  void otherProcessorsOptionsAreIgnored() {
    Compilation compilation = compile(List.of("-Amapstruct.defaultComponentModel=spring"), order());

    assertThat(compilation).succeeded();
    assertThat(findings(compilation, "EagerToOne")).hasSize(1);
  }

  @Test
  void emptySarifFileIsAnError() {
    Compilation compilation = compile(List.of("-Aormcheck.sarifFile="), order());

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("-Aormcheck.sarifFile needs a path");
  }

  @Test
  void sarifReport(@TempDir Path temp) throws IOException {
    Path sources = temp.resolve("src");
    Path file = sources.resolve("shop/Order.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, ORDER, StandardCharsets.UTF_8);
    Path sarif = temp.resolve("reports/x.sarif");

    Compilation compilation =
        compile(
            List.of("-Aormcheck.sarifFile=" + sarif, "-Aormcheck.sourceRoot=" + sources),
            JavaFileObjects.forResource(file.toUri().toURL()));

    assertThat(compilation).succeeded();
    assertThat(Files.exists(sarif)).isTrue();
    Object log = Json.parse(Files.readString(sarif, StandardCharsets.UTF_8));
    assertThat(at(log, "version")).isEqualTo("2.1.0");
    Object run = at(log, "runs", 0);
    assertThat(at(run, "tool", "driver", "name")).isEqualTo("ormcheck");
    List<?> rules = (List<?>) at(run, "tool", "driver", "rules");
    assertThat(rules.stream().map(rule -> at(rule, "id")).toList())
        .containsExactly("EagerToMany", "EagerToOne");

    List<?> results = (List<?>) at(run, "results");
    assertThat(results).hasSize(3);
    Map<?, ?> customer = result(results, "EagerToOne", 9);
    assertThat(customer.get("level")).isEqualTo("warning");
    assertThat(customer.containsKey("suppressions")).isFalse();
    assertThat((String) at(customer, "message", "text"))
        .startsWith("Order.customer (@ManyToOne) is EAGER");
    Object artifact = at(customer, "locations", 0, "physicalLocation", "artifactLocation");
    assertThat(at(artifact, "uri")).isEqualTo("shop/Order.java");
    assertThat(at(artifact, "uriBaseId")).isEqualTo("%SRCROOT%");
    assertThat(((Map<?, ?>) at(customer, "partialFingerprints")).keySet())
        .containsExactly("ormcheck/v1");

    Map<?, ?> payer = result(results, "EagerToOne", 11);
    assertThat(payer.get("suppressions")).isEqualTo(List.of(Map.of("kind", "inSource")));

    Map<?, ?> lines = result(results, "EagerToMany", 10);
    assertThat(lines.get("level")).isEqualTo("warning");
  }

  @Test
  void sarifReportCarriesTheConfiguredLevel(@TempDir Path temp) throws IOException {
    Path sarif = temp.resolve("x.sarif");

    Compilation compilation =
        compile(
            List.of(
                "-Aormcheck.sarifFile=" + sarif,
                "-Aormcheck.EagerToOne=ERROR",
                "-Aormcheck.EagerToMany=OFF"),
            order());

    assertThat(compilation).failed();
    List<?> results = (List<?>) at(Json.parse(Files.readString(sarif)), "runs", 0, "results");
    assertThat(results).hasSize(2);
    assertThat(result(results, "EagerToOne", 9).get("level")).isEqualTo("error");
  }

  /** Follows object keys and list indexes through parsed JSON. */
  private static Object at(Object json, Object... path) {
    Object current = json;
    for (Object step : path) {
      current =
          step instanceof Integer
              ? ((List<?>) current).get((Integer) step)
              : ((Map<?, ?>) current).get(step);
    }
    return current;
  }

  private static Map<?, ?> result(List<?> results, String ruleId, int startLine) {
    for (Object result : results) {
      Object line = at(result, "locations", 0, "physicalLocation", "region", "startLine");
      if (ruleId.equals(at(result, "ruleId")) && Long.valueOf(startLine).equals(line)) {
        return (Map<?, ?>) result;
      }
    }
    throw new AssertionError("no " + ruleId + " result on line " + startLine + " in " + results);
  }
}

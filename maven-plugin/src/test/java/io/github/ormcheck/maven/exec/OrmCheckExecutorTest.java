package io.github.ormcheck.maven.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ormcheck.checker.findings.Finding;
import io.github.ormcheck.checker.findings.RuleSetting;
import io.github.ormcheck.checker.findings.Severity;
import io.github.ormcheck.checker.report.Json;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine without Maven: a real forked compilation of a tiny module. */
class OrmCheckExecutorTest {
  @TempDir Path module;
  private Path reportRoot;

  @org.junit.jupiter.api.BeforeEach
  void reportsRelativeToTheModule() {
    reportRoot = module;
  }

  private static final String ORDER = """
      package shop;

      import jakarta.persistence.*;

      @Entity
      public class Order {
        @Id Long id;
        @ManyToOne Customer customer;
      }
      """;
  private static final String CUSTOMER = """
      package shop;

      import jakarta.persistence.*;

      @Entity
      public class Customer {
        @Id Long id;
      }
      """;

  private static List<Path> testClassPath() {
    return Arrays.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
            .split(File.pathSeparator))
        .filter(s -> !s.isBlank())
        .map(Path::of)
        .toList();
  }

  private void write(String relative, String text) throws IOException {
    Path file = module.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private CheckRequest request(FailOn failOn, Map<String, RuleSetting> rules, List<String> excludes) {
    List<Path> classPath = testClassPath().stream()
        .filter(p -> p.getFileName().toString().startsWith("jakarta.persistence-api"))
        .toList();
    return new CheckRequest(
        module,
        reportRoot,
        module.resolve("target/ormcheck"),
        List.of(module.resolve("src/main/java")),
        List.of(module.resolve("src/main/resources")),
        classPath,
        testClassPath(),
        Path.of(System.getProperty("java.home"), "bin", "java"),
        module.resolve("target/ormcheck.sarif"),
        Optional.of(module.resolve("ormcheck-baseline.json")),
        failOn,
        rules,
        excludes,
        Processing.FROM_CLASS_PATH);
  }

  private static List<String> rulesAndLines(List<Finding> findings) {
    return findings.stream().map(f -> f.rule().id() + ":" + f.range().startLine() + (f.active() ? "" : " (quiet)")).toList();
  }

  /**
   * A module whose class path brings an annotation processor (as Lombok or Hibernate's metamodel
   * generator do) compiles in the analysis too: its processor runs and generates the class the
   * code needs.
   */
  @Test
  void processorsOnTheModulesClassPathRunInTheAnalysis() throws Exception {
    Path processor = compileProcessor("ClassPathNames", "\"Names\"", true);
    write("src/main/java/shop/Order.java", ORDER.replace("@Id Long id;", "@Id Long id;\n  String kind = Names.ORDER;"));
    write("src/main/java/shop/Customer.java", CUSTOMER);
    CheckRequest plain = request(FailOn.ERROR, Map.of(), List.of());
    List<Path> classPath = new java.util.ArrayList<>(plain.classPath());
    classPath.add(processor);

    CheckResult result = new OrmCheckExecutor().check(plain.withClassPath(classPath));

    assertTrue(rulesAndLines(result.findings()).contains("EagerToOne:9"), rulesAndLines(result.findings()).toString());
  }

  /**
   * The compiler plugin's {@code annotationProcessorPaths}, {@code annotationProcessors} and
   * {@code -A} arguments (Spring Initializr's Lombok setup, MapStruct's documented one): the
   * processor is on neither the class path nor in a services file, and needs its option.
   */
  @Test
  void processorsOfTheCompilerPluginRunWithTheirOptions() throws Exception {
    Path processor = compileProcessor("ConfiguredNames", "processingEnv.getOptions().get(\"names.class\")", false);
    write("src/main/java/shop/Order.java", ORDER.replace("@Id Long id;", "@Id Long id;\n  String kind = Labels.ORDER;"));
    write("src/main/java/shop/Customer.java", CUSTOMER);
    CheckRequest plain = request(FailOn.ERROR, Map.of(), List.of());
    CheckRequest configured = plain.withProcessing(new Processing(
        Optional.of(List.of(processor)), List.of("gen.ConfiguredNames"), false, List.of("-Anames.class=Labels")));

    CheckResult result = new OrmCheckExecutor().check(configured);

    assertTrue(rulesAndLines(result.findings()).contains("EagerToOne:9"), rulesAndLines(result.findings()).toString());
    // Without the compiler plugin's settings the module does not compile for the analysis.
    OrmCheckException error = assertThrows(OrmCheckException.class, () -> new OrmCheckExecutor().check(plain));
    assertTrue(error.getMessage().contains("Labels"), error.getMessage());
  }

  /** {@code proc=none}: the processors on the class path stay off, ormcheck's checks still run. */
  @Test
  void procNoneRunsNoProcessorButTheChecks() throws Exception {
    Path processor = compileProcessor("Failing", "null", true);
    write("src/main/java/shop/Order.java", ORDER);
    write("src/main/java/shop/Customer.java", CUSTOMER);
    CheckRequest plain = request(FailOn.ERROR, Map.of(), List.of());
    List<Path> classPath = new java.util.ArrayList<>(plain.classPath());
    classPath.add(processor);
    CheckRequest withProcessor = plain.withClassPath(classPath);

    CheckResult result = new OrmCheckExecutor().check(
        withProcessor.withProcessing(new Processing(Optional.empty(), List.of(), true, List.of())));

    assertTrue(rulesAndLines(result.findings()).contains("EagerToOne:8"), rulesAndLines(result.findings()).toString());
    // The processor does run without proc=none, and fails on the missing class name.
    assertThrows(OrmCheckException.class, () -> new OrmCheckExecutor().check(withProcessor));
  }

  /**
   * Compiles a processor {@code gen.<name>} that generates {@code shop.<class>} with a constant
   * {@code ORDER}, the class name given by the Java expression {@code className} (a null name is
   * an error); with {@code services}, registered in {@code META-INF/services}. Returns its classes.
   */
  private Path compileProcessor(String name, String className, boolean services) throws IOException {
    Path sources = module.resolve("processor-src/gen/" + name + ".java");
    Files.createDirectories(sources.getParent());
    Files.writeString(sources, """
        package gen;

        import java.io.Writer;
        import java.util.Set;
        import javax.annotation.processing.*;
        import javax.lang.model.SourceVersion;
        import javax.lang.model.element.TypeElement;
        import javax.tools.Diagnostic;

        @SupportedAnnotationTypes("*")
        @SupportedOptions("names.class")
        public class NAME extends AbstractProcessor {
          private boolean done;

          @Override
          public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
          }

          @Override
          public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
              done = true;
              String name = CLASS_NAME;
              if (name == null) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "NAME: no class name");
                return false;
              }
              try (Writer out = processingEnv.getFiler().createSourceFile("shop." + name).openWriter()) {
                out.write("package shop; public final class " + name + " { public static final String ORDER = \\"order\\"; }");
              } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
              }
            }
            return false;
          }
        }
        """.replace("CLASS_NAME", className).replace("NAME", name));
    Path classes = Files.createDirectories(module.resolve("processor-classes-" + name));
    javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
    assertEquals(0, javac.run(null, null, null, "-d", classes.toString(), sources.toString()));
    if (services) {
      Path file = classes.resolve("META-INF/services/javax.annotation.processing.Processor");
      Files.createDirectories(file.getParent());
      Files.writeString(file, "gen." + name + "\n");
    }
    return classes;
  }

  @Test
  void codeAndConfigurationFindingsSummaryAndSarif() throws Exception {
    write("src/main/java/shop/Order.java", ORDER);
    write("src/main/java/shop/Customer.java", CUSTOMER);
    write("src/main/resources/application.properties", "spring.datasource.url=jdbc:h2:mem:shop\n");

    CheckResult result = new OrmCheckExecutor().check(request(FailOn.ERROR, Map.of(), List.of()));

    assertEquals(List.of("EagerToOne:8", "ImplicitPoolSize:1", "OpenSessionInView:1"), rulesAndLines(result.findings()));
    // The analysis stops javac after flow analysis, where the checks run: no class file is written.
    try (Stream<Path> written = Files.walk(module.resolve("target/ormcheck"))) {
      assertEquals(List.of(), written.filter(p -> p.toString().endsWith(".class")).toList());
    }
    assertEquals(0, result.failing(), "warnings only; failOn=error");
    assertTrue(result.summary().get(0).startsWith("ormcheck: 3 finding(s): 0 error(s), 3 warning(s)"), result.summary().get(0));
    assertTrue(result.summary().contains("  src/main/java/shop/Order.java:8: warning: "
        + result.findings().stream().filter(f -> f.rule().id().equals("EagerToOne")).findFirst().orElseThrow().message()));
    assertTrue(result.summary().stream().anyMatch(l -> l.startsWith("  src/main/resources/application.properties:1: warning: spring.datasource.url configures")));
    String sarif = Files.readString(result.sarifFile());
    Json.parse(sarif);
    assertFalse(sarif.contains(module.toString()), "no absolute path in the report");

    assertEquals(3, new OrmCheckExecutor().check(request(FailOn.WARNING, Map.of(), List.of())).failing());
    CheckResult raised = new OrmCheckExecutor().check(
        request(FailOn.ERROR, Map.of("EagerToOne", RuleSetting.ERROR, "ImplicitPoolSize", RuleSetting.OFF), List.of("src/main/resources/**")));
    assertEquals(List.of("EagerToOne:8"), rulesAndLines(raised.findings()));
    assertEquals(Severity.ERROR, raised.findings().get(0).severity());
    assertEquals(1, raised.failing());
  }

  @Test
  void baselineAdoptionThenANewFindingFails() throws Exception {
    write("src/main/java/shop/Order.java", ORDER);
    write("src/main/java/shop/Customer.java", CUSTOMER);
    OrmCheckExecutor executor = new OrmCheckExecutor();
    List<Finding> accepted = executor.baseline(request(FailOn.NEVER, Map.of(), List.of()), module.resolve("ormcheck-baseline.json"));
    assertEquals(List.of("EagerToOne:8"), rulesAndLines(accepted));
    Map<?, ?> baseline = (Map<?, ?>) Json.parse(Files.readString(module.resolve("ormcheck-baseline.json")));
    assertEquals(1L, baseline.get("ormcheckBaseline"));

    // Code above the finding moves it down two lines: still the same fingerprint.
    write("src/main/java/shop/Order.java", ORDER.replace("@Entity", "// moved\n// down\n@Entity"));
    CheckResult moved = executor.check(request(FailOn.WARNING, Map.of(), List.of()));
    assertEquals(List.of("EagerToOne:10 (quiet)"), rulesAndLines(moved.findings()));
    assertEquals(0, moved.failing());
    assertTrue(Files.readString(moved.sarifFile()).contains("\"kind\": \"external\""));

    write("src/main/java/shop/Invoice.java", """
        package shop;

        import jakarta.persistence.*;

        @Entity
        public class Invoice {
          @Id Long id;
          @OneToOne Order order;
        }
        """);
    CheckResult added = executor.check(request(FailOn.WARNING, Map.of(), List.of()));
    assertEquals(List.of("EagerToOne:8", "EagerToOne:10 (quiet)"), rulesAndLines(added.findings()));
    assertEquals(1, added.failing());
  }

  @Test
  void reportRootMakesPathsRepositoryRelative() throws Exception {
    write("src/main/java/shop/Order.java", ORDER);
    write("src/main/java/shop/Customer.java", CUSTOMER);
    reportRoot = module.getParent();
    CheckResult result = new OrmCheckExecutor().check(request(FailOn.ERROR, Map.of(), List.of("src/main/java/shop/Nothing.java")));
    String prefix = module.getFileName() + "/src/main/java/shop/Order.java:8: warning: ";
    assertTrue(result.summary().stream().anyMatch(line -> line.startsWith("  " + prefix)), result.summary().toString());
    assertTrue(Files.readString(result.sarifFile()).contains("\"uri\": \"" + module.getFileName() + "/src/main/java/shop/Order.java\""));
  }

  @Test
  void codeThatDoesNotCompileIsAToolErrorNamingTheProblem() throws IOException {
    write("src/main/java/shop/Broken.java", "package shop; class Broken { Missing m; }\n");
    OrmCheckException error = assertThrows(OrmCheckException.class,
        () -> new OrmCheckExecutor().check(request(FailOn.ERROR, Map.of(), List.of())));
    assertTrue(error.getMessage().contains("do not compile"), error.getMessage());
    assertTrue(error.getMessage().contains("cannot find symbol"), error.getMessage());
    assertTrue(error.getMessage().contains("class Missing"), error.getMessage());
  }

  @Test
  void withoutJpaOnTheClassPathNothingIsCompiled() throws Exception {
    write("src/main/java/shop/Plain.java", "package shop; class Plain { Missing m; }\n");
    write("src/main/resources/application.properties", "spring.datasource.url=jdbc:h2:mem:x\n");
    CheckRequest withoutJpa = request(FailOn.WARNING, Map.of(), List.of());
    withoutJpa = withoutJpa.withClassPath(List.of());
    CheckResult result = new OrmCheckExecutor().check(withoutJpa);
    // No fork (the broken source would be a tool error), and no OpenSessionInView without JPA.
    assertFalse(Files.exists(module.resolve("target/ormcheck/javac.args")));
    assertEquals(List.of("ImplicitPoolSize:1"), rulesAndLines(result.findings()));
  }

  @Test
  void jpaIsRecognisedWhateverTheJarIsCalled() throws IOException {
    Path jar = module.resolve("jakarta.jakartaee-api-10.0.0.jar");
    try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new java.util.zip.ZipEntry("jakarta/persistence/Entity.class"));
      out.closeEntry();
    }
    Path classes = module.resolve("classes");
    Files.createDirectories(classes.resolve("javax/persistence"));
    Files.createFile(classes.resolve("javax/persistence/Entity.class"));
    assertTrue(OrmCheckExecutor.usesJpa(List.of(module.resolve("missing.jar"), jar)));
    assertTrue(OrmCheckExecutor.usesJpa(List.of(classes)));
    assertFalse(OrmCheckExecutor.usesJpa(List.of(module.resolve("missing.jar"), module)));
  }

  @Test
  void aModuleWithoutSourcesOrConfigurationHasNoFindings() throws Exception {
    CheckResult result = new OrmCheckExecutor().check(request(FailOn.WARNING, Map.of(), List.of()));
    assertEquals(List.of(), result.findings());
    assertTrue(Files.exists(result.sarifFile()));
  }

  @Test
  void javacErrorLinesThatAreFindingsAreNotToolErrors() {
    String output = "/m/A.java:3: error: [EagerToOne] x\n/m/B.java:4: error: cannot find symbol\nerror: invalid flag: -X\n"
        + "/m/C.java:5: warning: [QueryInLoop] y\n/m/D.java:6: error: [NotARule] z\n";
    assertEquals(List.of("/m/B.java:4: error: cannot find symbol", "error: invalid flag: -X", "/m/D.java:6: error: [NotARule] z"),
        OrmCheckExecutor.errorsOtherThanFindings(output));
    assertEquals("\"C:\\\\dir with \\\"quotes\\\"\"", OrmCheckExecutor.quote("C:\\dir with \"quotes\""));
  }

  /** Ordinary modules compile with the JIT's first tier only; very large ones keep the JVM's defaults. */
  @Test
  void firstTierJitUpToAVeryLargeModule() {
    assertEquals(List.of("-XX:TieredStopAtLevel=1"), OrmCheckExecutor.jitOptions(80_000));
    assertEquals(List.of("-XX:TieredStopAtLevel=1"), OrmCheckExecutor.jitOptions(OrmCheckExecutor.FIRST_TIER_ONLY_UP_TO));
    assertEquals(List.of(), OrmCheckExecutor.jitOptions(OrmCheckExecutor.FIRST_TIER_ONLY_UP_TO + 1));
    assertEquals(List.of(), OrmCheckExecutor.jitOptions(12_000_000));
  }

  @Test
  void failOnValues() {
    assertEquals(Optional.of(FailOn.WARNING), FailOn.parse(" Warning "));
    assertEquals(Optional.empty(), FailOn.parse("sometimes"));
    assertEquals("error, warning, never", FailOn.accepted());
  }
}

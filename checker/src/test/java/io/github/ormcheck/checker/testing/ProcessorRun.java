package io.github.ormcheck.checker.testing;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.common.collect.ImmutableList;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.github.ormcheck.checker.processor.OrmCheckProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Runs javac with ormcheck's annotation processor and the Hibernate stubs on inline sources. */
public final class ProcessorRun {
  private ProcessorRun() {}

  public static JavaFileObject source(String qualifiedName, String text) {
    return JavaFileObjects.forSourceString(qualifiedName, text);
  }

  public static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  public static Compilation compile(List<String> options, JavaFileObject... sources) {
    List<JavaFileObject> all = new ArrayList<>(HibernateStubs.ALL);
    all.addAll(List.of(sources));
    return Compiler.javac()
        .withProcessors(new OrmCheckProcessor())
        .withOptions(options)
        .compile(all);
  }

  /** The diagnostics of one rule, any kind: their messages start with {@code [RuleId]}. */
  public static ImmutableList<Diagnostic<? extends JavaFileObject>> findings(
      Compilation compilation, String ruleId) {
    return compilation.diagnostics().stream()
        .filter(d -> message(d).startsWith("[" + ruleId + "]"))
        .collect(ImmutableList.toImmutableList());
  }

  public static void assertNoFinding(Compilation compilation, String ruleId) {
    assertWithMessage("[%s] diagnostics of %s", ruleId, compilation)
        .that(findings(compilation, ruleId).stream().map(ProcessorRun::message).toList())
        .isEmpty();
  }

  /** The single finding of a rule; fails when there are none or several. */
  public static String onlyFinding(Compilation compilation, String ruleId) {
    List<String> messages =
        findings(compilation, ruleId).stream().map(ProcessorRun::message).toList();
    assertWithMessage("[%s] diagnostics of %s", ruleId, compilation).that(messages).hasSize(1);
    return messages.get(0);
  }

  public static String message(Diagnostic<? extends JavaFileObject> diagnostic) {
    return diagnostic.getMessage(Locale.ROOT);
  }
}

package io.github.ormcheck.checker.model;

import static com.google.common.truth.Truth.assertWithMessage;

import com.sun.source.util.JavacTask;
import io.github.ormcheck.checker.testing.HibernateStubs;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;

/**
 * Sources analyzed by javac (no annotation processors), with an {@link EntityModel} over the
 * resulting elements: the model sees what the processor and the Error Prone checks see.
 */
final class JavacModel {
  private final JavacTask task;
  final EntityModel model;

  private JavacModel(JavacTask task) {
    this.task = task;
    this.model = new EntityModel(task.getTypes());
  }

  /** Analyzes {@code sources} plus the Hibernate stubs; fails on any compilation error. */
  static JavacModel of(JavaFileObject... sources) {
    List<JavaFileObject> all = new ArrayList<>(HibernateStubs.ALL);
    all.addAll(List.of(sources));
    return analyze(List.of(), all);
  }

  /**
   * Analyzes {@code sources} plus the Hibernate stubs, tolerating compilation errors: for reading
   * the elements javac builds from broken code.
   */
  static JavacModel allowingErrors(JavaFileObject... sources) {
    List<JavaFileObject> all = new ArrayList<>(HibernateStubs.ALL);
    all.addAll(List.of(sources));
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavacTask task = task(List.of(), List.of(), all, diagnostics);
    try {
      task.analyze();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new JavacModel(task);
  }

  /** Analyzes {@code sources} with {@code classes} (see {@link #compileTo}) on the class path. */
  static JavacModel withClasses(Path classes, JavaFileObject... sources) {
    return analyze(List.of(classes), List.of(sources));
  }

  /** Compiles {@code sources} plus the Hibernate stubs to class files in {@code output}. */
  static void compileTo(Path output, JavaFileObject... sources) {
    List<JavaFileObject> all = new ArrayList<>(HibernateStubs.ALL);
    all.addAll(List.of(sources));
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavacTask task = task(List.of(), List.of("-d", output.toString()), all, diagnostics);
    boolean ok = task.call();
    assertWithMessage("javac: %s", messages(diagnostics)).that(ok).isTrue();
  }

  private static JavacModel analyze(List<Path> classPath, List<JavaFileObject> sources) {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavacTask task = task(classPath, List.of(), sources, diagnostics);
    try {
      task.analyze();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertWithMessage("javac errors")
        .that(
            diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(Locale.ROOT))
                .toList())
        .isEmpty();
    return new JavacModel(task);
  }

  private static JavacTask task(
      List<Path> classPath,
      List<String> extraOptions,
      List<JavaFileObject> sources,
      DiagnosticCollector<JavaFileObject> diagnostics) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> options =
        new ArrayList<>(List.of("-proc:none", "-classpath", classPath(classPath)));
    options.addAll(extraOptions);
    return (JavacTask)
        javac.getTask(
            null,
            javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8),
            diagnostics,
            options,
            null,
            sources);
  }

  private static String classPath(List<Path> extra) {
    List<String> entries = new ArrayList<>();
    extra.forEach(path -> entries.add(path.toString()));
    entries.add(System.getProperty("java.class.path"));
    return String.join(File.pathSeparator, entries);
  }

  private static List<String> messages(DiagnosticCollector<JavaFileObject> diagnostics) {
    return diagnostics.getDiagnostics().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
  }

  TypeElement type(String qualifiedName) {
    TypeElement type = task.getElements().getTypeElement(qualifiedName);
    assertWithMessage("type %s", qualifiedName).that(type).isNotNull();
    return type;
  }

  ManagedType managed(String qualifiedName) {
    return model
        .managedType(type(qualifiedName))
        .orElseThrow(() -> new AssertionError(qualifiedName + " is not a managed type"));
  }

  Attribute attribute(String qualifiedName, String attribute) {
    return managed(qualifiedName)
        .attribute(attribute)
        .orElseThrow(
            () ->
                new AssertionError(
                    qualifiedName + " has no attribute " + attribute + ": "
                        + managed(qualifiedName).attributes().keySet()));
  }

  Association association(String qualifiedName, String attribute) {
    return attribute(qualifiedName, attribute)
        .association()
        .orElseThrow(
            () -> new AssertionError(qualifiedName + "." + attribute + " is no association"));
  }

  /** The method {@code name()} declared by {@code qualifiedName}. */
  ExecutableElement method(String qualifiedName, String name) {
    return ElementFilter.methodsIn(type(qualifiedName).getEnclosedElements()).stream()
        .filter(method -> method.getSimpleName().contentEquals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(qualifiedName + " declares no method " + name));
  }

  /** {@code attributeForGetter} for a call {@code receiver.getter()}. */
  java.util.Optional<Attribute> getterCall(String receiver, String declaringType, String getter) {
    return model.attributeForGetter(type(receiver).asType(), method(declaringType, getter));
  }

  static String simpleName(java.util.Optional<? extends javax.lang.model.element.Element> element) {
    return element.map(e -> e.getSimpleName().toString()).orElse("<none>");
  }
}

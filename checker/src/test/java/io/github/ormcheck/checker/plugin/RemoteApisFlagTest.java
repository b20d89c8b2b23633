package io.github.ormcheck.checker.plugin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -XepOpt:OrmCheck:RemoteApis} through a real javac + Error Prone run: valid entries extend
 * RemoteCallInTransaction, a malformed one fails the compilation with an error naming the flag.
 */
class RemoteApisFlagTest {
  private static final String TRANSACTIONAL =
      """
      package org.springframework.transaction.annotation;

      public @interface Transactional {}
      """;
  private static final String PAYMENTS =
      """
      package shop;

      class Payments {
        static class Gateway { void call() {} }

        Gateway gateway = new Gateway();

        @org.springframework.transaction.annotation.Transactional
        public void pay() {
          gateway.call();
        }
      }
      """;

  @TempDir Path temp;

  @Test
  void aListedMethodIsRemote() throws IOException {
    Result result = compile("-XepOpt:OrmCheck:RemoteApis=shop.Payments.Gateway#call");
    assertTrue(result.success(), result.messages());
    assertTrue(result.messages().contains("[RemoteCallInTransaction] pay -> Gateway.call"), result.messages());
  }

  @Test
  void aMalformedEntryFailsNamingTheFlag() throws IOException {
    Result result = compile("-XepOpt:OrmCheck:RemoteApis=Gateway");
    assertFalse(result.success(), result.messages());
    assertTrue(result.messages().contains("-XepOpt:OrmCheck:RemoteApis has entry 'Gateway'"), result.messages());
  }

  private record Result(boolean success, String messages) {}

  private Result compile(String flag) throws IOException {
    Path tx = temp.resolve("src/org/springframework/transaction/annotation/Transactional.java");
    Path payments = temp.resolve("src/shop/Payments.java");
    Files.createDirectories(tx.getParent());
    Files.createDirectories(payments.getParent());
    Files.writeString(tx, TRANSACTIONAL, StandardCharsets.UTF_8);
    Files.writeString(payments, PAYMENTS, StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(temp.resolve("classes"));
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    boolean success;
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "-XDcompilePolicy=simple",
              "--should-stop=ifError=FLOW",
              "-Xplugin:ErrorProne " + flag,
              "-processorpath", classPath,
              "-classpath", classPath,
              "-d", classes.toString());
      success = javac.getTask(output, files, diagnostics, options, null, files.getJavaFileObjects(tx, payments)).call();
    }
    String messages =
        diagnostics.getDiagnostics().stream()
            .map(d -> d.getKind() + " " + d.getMessage(Locale.ROOT))
            .collect(Collectors.joining("\n"));
    return new Result(success, messages + output);
  }
}

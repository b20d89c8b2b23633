package io.github.ormcheck.checker.bugpatterns;

import com.google.errorprone.CompilationTestHelper;
import io.github.ormcheck.checker.testing.TxStubs;
import org.junit.jupiter.api.Test;

/** IneffectiveTransactional, negatives first. */
class IneffectiveTransactionalTest {
  private final CompilationTestHelper helper =
      TxStubs.add(CompilationTestHelper.newInstance(IneffectiveTransactional.class, getClass()));

  @Test
  void silentWhereAProxyIntercepts() {
    helper
        .addSourceLines("shop/Fine.java",
            "package shop;",
            "import org.springframework.transaction.annotation.Transactional;",
            "@Transactional",
            "public class Fine {",
            "  public void publicMethod() {}",
            "  @Transactional(readOnly = true) protected void protectedMethod() {}",
            "  @Transactional void packagePrivate() {}",
            "  // class-level @Transactional does not claim private, static or final methods",
            "  private void helper() {}",
            "  static void util() {}",
            "  public final void finalWithoutOwnAnnotation() {}",
            "  final class Inner {}",
            "  Runnable anonymous = new Runnable() { public void run() {} };",
            "}")
        .addSourceLines("shop/FinalPlain.java",
            "package shop;",
            "public final class FinalPlain { public void work() {} }")
        .addSourceLines("shop/Record.java",
            "package shop;",
            "@org.springframework.transaction.annotation.Transactional record Record(int a) {}")
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void flagsPrivateStaticFinalMethodsAndFinalClasses() {
    helper
        .addSourceLines("shop/Broken.java",
            "package shop;",
            "import java.lang.annotation.*;",
            "import org.springframework.transaction.annotation.Transactional;",
            "public class Broken {",
            "  @Retention(RetentionPolicy.RUNTIME) @Transactional @interface Tx {}",
            "  // BUG: Diagnostic contains: @Transactional on save() has no effect: the method is private",
            "  @Transactional",
            "  private void save() {}",
            "  // BUG: Diagnostic contains: the method is static",
            "  @Transactional public static void cleanUp() {}",
            "  // BUG: Diagnostic contains: on archive() has no effect: the method is final",
            "  @Transactional public final void archive() {}",
            "  // BUG: Diagnostic contains: @Transactional on jakartaPrivate()",
            "  @jakarta.transaction.Transactional private void jakartaPrivate() {}",
            "  // BUG: Diagnostic contains: @Transactional on metaPrivate()",
            "  @Tx private void metaPrivate() {}",
            "}")
        .addSourceLines("shop/FinalService.java",
            "package shop;",
            "// BUG: Diagnostic contains: @Transactional on the final class FinalService cannot work as written: a class-based proxy",
            "@org.springframework.transaction.annotation.Transactional",
            "public final class FinalService { public void work() {} }")
        .doTest();
  }
}

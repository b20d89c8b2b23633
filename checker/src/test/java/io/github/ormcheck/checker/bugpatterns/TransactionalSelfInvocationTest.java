package io.github.ormcheck.checker.bugpatterns;

import com.google.errorprone.CompilationTestHelper;
import io.github.ormcheck.checker.testing.TxStubs;
import org.junit.jupiter.api.Test;

/** TransactionalSelfInvocation, negatives first, in the order of the check's decisions. */
class TransactionalSelfInvocationTest {
  private final CompilationTestHelper helper =
      TxStubs.add(CompilationTestHelper.newInstance(TransactionalSelfInvocation.class, getClass()));

  @Test
  void silentWhenNothingIsLost() {
    helper
        .addSourceLines("shop/Imports.java",
            "package shop;",
            "import org.springframework.transaction.annotation.*;",
            "class Imports {",
            "  Imports self; Other other;",
            "  static void staticHelper() {}",
            "  void plain() {}",
            "  @Transactional public void a() {",
            "    b();",
            "    this.b();",
            "    plain();",
            "    staticHelper();",
            "    supports();",
            "    mandatory();",
            "  }",
            "  @Transactional public void b() {}",
            "  @Transactional(propagation = Propagation.SUPPORTS) public void supports() {}",
            "  @Transactional(propagation = Propagation.MANDATORY) public void mandatory() {}",
            "  @Transactional(propagation = Propagation.REQUIRES_NEW) public void isolated() {}",
            "  public void viaProxy() {",
            "    self.isolated();",
            "    other.work();",
            "    notSupported();",
            "  }",
            "  @Transactional(propagation = Propagation.NOT_SUPPORTED) public void notSupported() {}",
            "  // private helpers take their callers' context, which is not known here",
            "  private void helper() { isolated(); }",
            "  // private @Transactional is IneffectiveTransactional's business",
            "  public void callsPrivate() { privateTx(); }",
            "  @Transactional private void privateTx() {}",
            "  static class Other { @Transactional(readOnly = true) public void work() {} }",
            "}")
        .addSourceLines("shop/Catalog.java",
            "package shop;",
            "import org.springframework.transaction.annotation.*;",
            "// Spring's own pattern: reads read-only by default, writes override. A read called from a",
            "// write joins the write's transaction, through the proxy as much as through this: Spring",
            "// applies readOnly, isolation and timeout only when a transaction begins.",
            "@Transactional(readOnly = true)",
            "class Catalog {",
            "  public String get(long id) { return null; }",
            "  @Transactional public void rename(long id) { get(id); report(); quick(); }",
            "  @Transactional(isolation = Isolation.SERIALIZABLE) public void report() {}",
            "  @Transactional(timeout = 5) public void quick() {}",
            "  @Transactional public void write() {}",
            "  public void readThenWrite() { write(); }",
            "}")
        .addSourceLines("shop/ClassLevel.java",
            "package shop;",
            "@org.springframework.transaction.annotation.Transactional",
            "class ClassLevel {",
            "  public void a() { b(); }",
            "  public void b() {}",
            "}")
        .addSourceLines("shop/Template.java",
            "package shop;",
            "import org.springframework.transaction.annotation.Transactional;",
            "class Template {",
            "  org.springframework.transaction.support.TransactionTemplate template;",
            "  public void run() { template.executeWithoutResult(status -> work()); }",
            "  @Transactional public void work() {}",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void flagsWhenTheCalleesAttributesAreIgnored() {
    helper
        .addSourceLines("shop/Imports.java",
            "package shop;",
            "import java.util.List;",
            "import org.springframework.transaction.annotation.*;",
            "class Imports {",
            "  java.util.concurrent.ExecutorService executor;",
            "  public void importAll(List<String> rows) {",
            "    for (String row : rows) {",
            "      // BUG: Diagnostic contains: importAll calls importRow() through this, which bypasses the transaction proxy: no transaction starts",
            "      importRow(row);",
            "    }",
            "    // BUG: Diagnostic contains: no transaction starts",
            "    rows.forEach(row -> this.importRow(row));",
            "  }",
            "  @Transactional public void importRow(String row) {}",
            "  @Transactional public void placeOrder() {",
            "    // BUG: Diagnostic contains: audit() runs in the caller's transaction instead of a new one",
            "    audit();",
            "    // BUG: Diagnostic contains: no savepoint is set for step()",
            "    step();",
            "    // BUG: Diagnostic contains: strict() runs with the caller's transaction attributes, not its own rollbackFor",
            "    strict();",
            "    // BUG: Diagnostic contains: transactionManager",
            "    otherManager();",
            "    // BUG: Diagnostic contains: outside() runs inside the caller's transaction although it is declared NOT_SUPPORTED",
            "    outside();",
            "    // BUG: Diagnostic contains: placeOrder calls importRow() through this, which bypasses the transaction proxy: no transaction starts",
            "    executor.submit(() -> importRow(\"x\"));",
            "  }",
            "  @Transactional(propagation = Propagation.REQUIRES_NEW) public void audit() {}",
            "  @Transactional(propagation = Propagation.NESTED) public void step() {}",
            "  @Transactional(readOnly = true) public void report() {}",
            "  @Transactional(isolation = Isolation.SERIALIZABLE) public void serializable() {}",
            "  @Transactional(timeout = 5) public void quick() {}",
            "  @Transactional(rollbackFor = Exception.class) public void strict() {}",
            "  @Transactional(\"reporting\") public void otherManager() {}",
            "  @Transactional(propagation = Propagation.NOT_SUPPORTED) public void outside() {}",
            "  class Inner {",
            "    void run() {",
            "      // BUG: Diagnostic contains: run calls audit() through this",
            "      Imports.this.audit();",
            "    }",
            "  }",
            "}")
        .addSourceLines("shop/Jakarta.java",
            "package shop;",
            "import jakarta.transaction.Transactional;",
            "class Jakarta {",
            "  public void entry() {",
            "    // BUG: Diagnostic contains: no transaction starts",
            "    work();",
            "  }",
            "  @Transactional(Transactional.TxType.REQUIRES_NEW) public void work() {}",
            "}")
        .doTest();
  }
}

package io.github.ormcheck.checker.bugpatterns;

import com.google.errorprone.CompilationTestHelper;
import io.github.ormcheck.checker.testing.TxStubs;
import org.junit.jupiter.api.Test;

/** RemoteCallInTransaction, negatives first, in the order of the check's decisions. */
class RemoteCallInTransactionTest {
  private final CompilationTestHelper helper =
      TxStubs.add(CompilationTestHelper.newInstance(RemoteCallInTransaction.class, getClass()));

  @Test
  void silentOutsideTransactions() {
    helper
        .addSourceLines("shop/Plain.java",
            "package shop;",
            "import org.springframework.web.client.RestTemplate;",
            "import org.springframework.transaction.annotation.*;",
            "import org.springframework.transaction.event.TransactionalEventListener;",
            "import org.springframework.transaction.support.*;",
            "import org.springframework.scheduling.annotation.Async;",
            "import java.util.concurrent.*;",
            "class Plain {",
            "  RestTemplate rest; ExecutorService executor;",
            "  void noTransaction() { rest.put(\"/a\", null); }",
            "  @Transactional(propagation = Propagation.NOT_SUPPORTED) public void suspended() { rest.put(\"/a\", null); }",
            "  @Transactional(propagation = Propagation.NEVER) public void never() { rest.put(\"/a\", null); }",
            "  @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.NOT_SUPPORTED)",
            "  public void jakartaSuspended() { rest.put(\"/a\", null); }",
            "  @TransactionalEventListener public void afterCommit(Object event) { rest.put(\"/a\", null); }",
            "  @Transactional @Async public void otherThread() { rest.put(\"/a\", null); }",
            "  @Transactional public void handedOff() {",
            "    executor.submit(() -> rest.put(\"/a\", null));",
            "    executor.execute(() -> notifyWarehouse());",
            "    CompletableFuture.runAsync(() -> rest.put(\"/a\", null));",
            "    new Thread(() -> rest.put(\"/a\", null)).start();",
            "    register(new TransactionSynchronization() {",
            "      @Override public void afterCommit() { rest.put(\"/a\", null); }",
            "    });",
            "    Runnable later = new Runnable() { public void run() { rest.put(\"/a\", null); } };",
            "  }",
            "  @Transactional public void notRemote() {",
            "    rest.setErrorHandler(null);",
            "    new InMemoryQueue().send(\"order placed\");",
            "    callsSuspendedHelper();",
            "  }",
            "  private void notifyWarehouse() { rest.put(\"/a\", null); }",
            "  @Transactional(propagation = Propagation.NOT_SUPPORTED) public void callsSuspendedHelper() {}",
            "  void register(TransactionSynchronization s) {}",
            "  static class InMemoryQueue { void send(String message) {} }",
            "}")
        .addSourceLines("shop/Helpers.java",
            "package shop;",
            "import org.springframework.transaction.annotation.Transactional;",
            "@Transactional class Helpers {",
            "  org.springframework.web.client.RestTemplate rest;",
            "  // class-level @Transactional does not apply to private methods: only their callers count",
            "  private void helper() { rest.put(\"/a\", null); }",
            "  static void staticHelper(org.springframework.web.client.RestTemplate rest) { rest.put(\"/a\", null); }",
            "}")
        .addSourceLines("shop/Notifier.java",
            "package shop;",
            "public class Notifier {",
            "  org.springframework.web.client.RestTemplate rest;",
            "  public void notifyShipped(long id) { rest.put(\"/shipped\", id); }",
            "}")
        .addSourceLines("shop/QueuedNotifier.java",
            "package shop;",
            "// Overrides the HTTP call away: a Notifier field may hold this one.",
            "public class QueuedNotifier extends Notifier {",
            "  @Override public void notifyShipped(long id) {}",
            "}")
        .addSourceLines("shop/Shipping.java",
            "package shop;",
            "import org.springframework.transaction.annotation.Transactional;",
            "class Shipping {",
            "  Notifier notifier;",
            "  @Transactional public void ship(long id) { notifier.notifyShipped(id); }",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void flagsEachApiFamily() throws Exception {
    helper
        .addSourceLines("shop/Apis.java",
            "package shop;",
            "import org.springframework.transaction.annotation.Transactional;",
            "import java.net.URI;",
            "import java.net.http.*;",
            "class Apis {",
            "  org.springframework.web.client.RestTemplate rest;",
            "  org.springframework.web.client.RestOperations restOperations;",
            "  org.springframework.web.client.RestClient restClient;",
            "  org.springframework.web.reactive.function.client.WebClient webClient;",
            "  HttpClient http;",
            "  okhttp3.Call okCall;",
            "  org.springframework.kafka.core.KafkaTemplate<String, String> kafka;",
            "  org.springframework.jms.core.JmsOperations jms;",
            "  org.springframework.amqp.core.AmqpTemplate rabbit;",
            "  org.springframework.mail.javamail.JavaMailSender mail;",
            "  Stock stock; InventoryStub grpc; S3 s3;",
            "  @Transactional public void all() throws Exception {",
            "    // BUG: Diagnostic contains: all -> RestTemplate.getForObject: an HTTP call",
            "    rest.getForObject(\"/a\", String.class);",
            "    // BUG: Diagnostic contains: all -> RestOperations.put",
            "    restOperations.put(\"/a\", null);",
            "    // BUG: Diagnostic contains: all -> ResponseSpec.body",
            "    restClient.get().uri(\"/a\").retrieve().body(String.class);",
            "    // BUG: Diagnostic contains: all -> WebClient...block",
            "    webClient.get().uri(\"/a\").retrieve().bodyToMono(String.class).block();",
            "    reactor.core.publisher.Mono.just(\"local\").block();",
            "    // BUG: Diagnostic contains: all -> HttpClient.send",
            "    http.send(HttpRequest.newBuilder(URI.create(\"http://x\")).build(), HttpResponse.BodyHandlers.ofString());",
            "    // BUG: Diagnostic contains: all -> URL.openStream",
            "    new java.net.URL(\"http://x\").openStream();",
            "    // BUG: Diagnostic contains: all -> Call.execute",
            "    okCall.execute();",
            "    // BUG: Diagnostic contains: all -> KafkaTemplate.send: a message send",
            "    kafka.send(\"orders\", \"placed\");",
            "    // BUG: Diagnostic contains: all -> JmsOperations.convertAndSend",
            "    jms.convertAndSend(\"orders\", \"placed\");",
            "    // BUG: Diagnostic contains: all -> AmqpTemplate.convertAndSend",
            "    rabbit.convertAndSend(\"orders\", \"placed\");",
            "    // BUG: Diagnostic contains: all -> JavaMailSender.send: a mail send",
            "    mail.send(\"hello\");",
            "    // BUG: Diagnostic contains: all -> Transport.send",
            "    jakarta.mail.Transport.send(\"hello\");",
            "    // BUG: Diagnostic contains: all -> Stock.reserve: an HTTP call",
            "    stock.reserve(1L);",
            "    // BUG: Diagnostic contains: all -> InventoryStub.reserve: a gRPC call",
            "    grpc.withDeadlineAfter(1).reserve(1L);",
            "    // BUG: Diagnostic contains: all -> S3.putObject: an AWS SDK call",
            "    s3.putObject(\"bucket\");",
            "    s3.serviceName();",
            "  }",
            "  @org.springframework.cloud.openfeign.FeignClient(\"stock\") interface Stock { void reserve(long id); }",
            "  static class InventoryStub extends io.grpc.stub.AbstractBlockingStub<InventoryStub> { void reserve(long id) {} }",
            "  interface S3 extends software.amazon.awssdk.core.SdkClient { void putObject(String bucket); }",
            "}")
        .doTest();
  }

  @Test
  void flagsEachKindOfTransactionalContext() {
    helper
        .addSourceLines("shop/Contexts.java",
            "package shop;",
            "import java.lang.annotation.*;",
            "import org.springframework.transaction.annotation.*;",
            "import org.springframework.transaction.support.*;",
            "import org.springframework.web.client.RestTemplate;",
            "class Contexts {",
            "  @Retention(RetentionPolicy.RUNTIME) @Transactional(readOnly = true) @interface ReadOnlyService {}",
            "  RestTemplate rest; TransactionTemplate template;",
            "  @Transactional(readOnly = true) public String readOnly() {",
            "    // BUG: Diagnostic contains: readOnly = true), which still holds a connection",
            "    return rest.getForObject(\"/a\", String.class);",
            "  }",
            "  @jakarta.transaction.Transactional public void jakarta() {",
            "    // BUG: Diagnostic contains: jakarta -> RestTemplate.put",
            "    rest.put(\"/a\", null);",
            "  }",
            "  @ReadOnlyService public void meta() {",
            "    // BUG: Diagnostic contains: meta -> RestTemplate.put",
            "    rest.put(\"/a\", null);",
            "  }",
            "  public void programmatic() {",
            "    rest.put(\"/before\", null);",
            "    template.executeWithoutResult(status -> {",
            "      // BUG: Diagnostic contains: programmatic -> RestTemplate.put: an HTTP call runs inside the transaction of programmatic (a TransactionTemplate callback)",
            "      rest.put(\"/a\", null);",
            "    });",
            "    template.execute(new TransactionCallback<Object>() {",
            "      public Object doInTransaction(Object status) {",
            "        // BUG: Diagnostic contains: programmatic -> RestTemplate.put",
            "        rest.put(\"/b\", null);",
            "        return null;",
            "      }",
            "    });",
            "  }",
            "  @Transactional public void inForEach(java.util.List<String> urls) {",
            "    // BUG: Diagnostic contains: inForEach -> RestTemplate.put",
            "    urls.forEach(url -> rest.put(url, null));",
            "  }",
            "}")
        .addSourceLines("shop/ClassLevel.java",
            "package shop;",
            "@org.springframework.transaction.annotation.Transactional",
            "public class ClassLevel {",
            "  org.springframework.web.client.RestTemplate rest;",
            "  public void update() {",
            "    // BUG: Diagnostic contains: update -> RestTemplate.put",
            "    rest.put(\"/a\", null);",
            "  }",
            "  @org.springframework.transaction.annotation.Transactional(",
            "      propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)",
            "  public void overridden() { rest.put(\"/a\", null); }",
            "}")
        .doTest();
  }

  @Test
  void reportsAtTheCallThatLeavesTheTransactionalMethodWithTheChain() {
    helper
        .addSourceLines("shop/Orders.java",
            "package shop;",
            "import org.springframework.transaction.annotation.Transactional;",
            "import org.springframework.web.client.RestTemplate;",
            "class Orders {",
            "  RestTemplate rest; Warehouse warehouse;",
            "  @Transactional public void placeOrder() {",
            "    // BUG: Diagnostic contains: placeOrder -> notifyWarehouse -> RestTemplate.put",
            "    notifyWarehouse();",
            "    // BUG: Diagnostic contains: placeOrder -> one -> two -> three -> RestTemplate.put",
            "    one();",
            "    // BUG: Diagnostic contains: placeOrder -> reserve -> post -> RestTemplate.put",
            "    warehouse.reserve();",
            "    recursive(3);",
            "  }",
            "  private void notifyWarehouse() { rest.put(\"/w\", null); }",
            "  private void one() { two(); }",
            "  private void two() { three(); }",
            "  private void three() { rest.put(\"/3\", null); }",
            "  private void recursive(int n) { if (n > 0) { recursive(n - 1); } }",
            "}")
        .addSourceLines("shop/Warehouse.java",
            "package shop;",
            "class Warehouse {",
            "  org.springframework.web.client.RestTemplate rest;",
            "  void reserve() { post(); }",
            "  void post() { rest.put(\"/r\", null); }",
            "}")
        .doTest();
  }

  /** A notifier interface and an implementation whose orderPlaced makes an HTTP call through a helper. */
  private static CompilationTestHelper withHttpNotifier(CompilationTestHelper helper) {
    return helper
        .addSourceLines("shop/Notifier.java",
            "package shop;",
            "interface Notifier { void orderPlaced(long id); void orderShipped(long id); }")
        .addSourceLines("shop/HttpNotifier.java",
            "package shop;",
            "class HttpNotifier implements Notifier {",
            "  org.springframework.web.client.RestTemplate rest;",
            "  public void orderPlaced(long id) { send(id); }",
            "  public void orderShipped(long id) {}",
            "  private void send(long id) { rest.put(\"/placed\", id); }",
            "}");
  }

  @Test
  void followsACallThroughAnInterfaceIntoItsOnlyImplementation() {
    withHttpNotifier(helper)
        .addSourceLines("shop/Gateway.java",
            "package shop;",
            "abstract class Gateway { abstract void charge(long id); }")
        .addSourceLines("shop/BankGateway.java",
            "package shop;",
            "class BankGateway extends Gateway {",
            "  org.springframework.web.client.RestTemplate rest;",
            "  void charge(long id) { rest.put(\"/charge\", id); }",
            "}")
        .addSourceLines("shop/Orders.java",
            "package shop;",
            "import org.springframework.transaction.annotation.Transactional;",
            "class Orders {",
            "  Notifier notifier; Gateway gateway;",
            "  @Transactional public void placeOrder(long id) {",
            "    // BUG: Diagnostic contains: placeOrder -> orderPlaced -> send -> RestTemplate.put",
            "    notifier.orderPlaced(id);",
            "    notifier.orderShipped(id);",
            "    // BUG: Diagnostic contains: placeOrder -> charge -> RestTemplate.put",
            "    gateway.charge(id);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void silentWhenTheImplementationIsNotKnown() {
    withHttpNotifier(helper)
        .addSourceLines("shop/LogNotifier.java",
            "package shop;",
            "class LogNotifier implements Notifier {",
            "  public void orderPlaced(long id) {}",
            "  public void orderShipped(long id) {}",
            "}")
        .addSourceLines("shop/Auditor.java",
            "package shop;",
            "// One method: a @Bean may return a lambda for it, which is no class to find.",
            "interface Auditor { void audit(long id); }")
        .addSourceLines("shop/HttpAuditor.java",
            "package shop;",
            "class HttpAuditor implements Auditor {",
            "  org.springframework.web.client.RestTemplate rest;",
            "  public void audit(long id) { rest.put(\"/audit\", id); }",
            "}")
        .addSourceLines("shop/Mailer.java",
            "package shop;",
            "interface Mailer { void mail(long id); void unused(); }")
        .addSourceLines("shop/AfterCommitMailer.java",
            "package shop;",
            "import org.springframework.transaction.annotation.*;",
            "// Reached through its proxy: the class's NOT_SUPPORTED suspends the caller's transaction.",
            "@Transactional(propagation = Propagation.NOT_SUPPORTED)",
            "class AfterCommitMailer implements Mailer {",
            "  org.springframework.web.client.RestTemplate rest;",
            "  public void mail(long id) { rest.put(\"/mail\", id); }",
            "  public void unused() {}",
            "}")
        .addSourceLines("shop/Pusher.java",
            "package shop;",
            "interface Pusher { void push(long id); void unused(); }")
        .addSourceLines("shop/AsyncPusher.java",
            "package shop;",
            "class AsyncPusher implements Pusher {",
            "  org.springframework.web.client.RestTemplate rest;",
            "  @org.springframework.scheduling.annotation.Async public void push(long id) { rest.put(\"/push\", id); }",
            "  public void unused() {}",
            "}")
        .addSourceLines("shop/PageIterator.java",
            "package shop;",
            "class PageIterator implements java.util.Iterator<Long> {",
            "  org.springframework.web.client.RestTemplate rest;",
            "  public boolean hasNext() { return true; }",
            "  public Long next() { rest.put(\"/page\", 1L); return 1L; }",
            "}")
        .addSourceLines("shop/Orders.java",
            "package shop;",
            "import org.springframework.transaction.annotation.Transactional;",
            "class Orders {",
            "  Notifier notifier; Auditor auditor; Mailer mailer; Pusher pusher; java.util.List<Long> ids;",
            "  @Transactional public void placeOrder(long id) {",
            "    notifier.orderPlaced(id); // two implementations: which one runs is the wiring's choice",
            "    auditor.audit(id);",
            "    mailer.mail(id);",
            "    pusher.push(id);",
            "    ids.add(id); // an interface from the JDK: no implementation here",
            "    ids.iterator().next(); // a JDK interface: PageIterator is not the list's iterator",
            "  }",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void userApisFromTheOptionAndTheAnnotation() {
    CompilationTestHelper.newInstance(RemoteCallInTransaction.class, getClass())
        .setArgs("-XepOpt:OrmCheck:RemoteApis=shop.Gateway#call,shop.Client")
        .addSourceLines("org/springframework/transaction/annotation/Transactional.java",
            "package org.springframework.transaction.annotation;",
            "public @interface Transactional {}")
        .addSourceLines("shop/Gateway.java",
            "package shop;",
            "class Gateway { void call() {} void local() {} }")
        .addSourceLines("shop/Client.java",
            "package shop;",
            "class Client { void anything() {} }")
        .addSourceLines("shop/Ledger.java",
            "package shop;",
            "class Ledger {",
            "  @io.github.ormcheck.annotations.RemoteCall(\"books the payment at the bank\") void book() {}",
            "}")
        .addSourceLines("shop/Payments.java",
            "package shop;",
            "class Payments {",
            "  Gateway gateway; Client client; Ledger ledger;",
            "  @org.springframework.transaction.annotation.Transactional public void pay() {",
            "    gateway.local();",
            "    // BUG: Diagnostic contains: pay -> Gateway.call: a remote call",
            "    gateway.call();",
            "    // BUG: Diagnostic contains: pay -> Client.anything",
            "    client.anything();",
            "    // BUG: Diagnostic contains: pay -> Ledger.book",
            "    ledger.book();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void enterpriseBeansRunBusinessMethodsInContainerManagedTransactions() {
    TxStubs.addEnterpriseBeans(helper)
        .addSourceLines("shop/Pricing.java",
            "package shop;",
            "@org.eclipse.microprofile.rest.client.inject.RegisterRestClient public interface Pricing { double price(long id); }")
        .addSourceLines("shop/OrderBean.java",
            "package shop;",
            "import jakarta.ejb.*;",
            "import jakarta.enterprise.event.*;",
            "import org.springframework.web.client.RestTemplate;",
            "@Stateless public class OrderBean {",
            "  RestTemplate rest; Pricing pricing;",
            "  public void place(long id) {",
            "    // BUG: Diagnostic contains: place -> RestTemplate.put: an HTTP call runs inside the transaction of place (the container-managed transaction a @Stateless bean runs it in), which, once it has used the database, holds its connection and locks until the remote side answers, and cannot undo the call on rollback. Move it after the commit (a CDI observer with @Observes(during = TransactionPhase.AFTER_SUCCESS), an outbox table)",
            "    rest.put(\"/orders\", id);",
            "    // BUG: Diagnostic contains: place -> Pricing.price: an HTTP call",
            "    pricing.price(id);",
            "  }",
            "  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW) public void audit(long id) {",
            "    // BUG: Diagnostic contains: (@TransactionAttribute(REQUIRES_NEW))",
            "    rest.put(\"/audit\", id);",
            "  }",
            "  @Schedule private void nightly() {",
            "    // BUG: Diagnostic contains: nightly -> RestTemplate.put",
            "    rest.put(\"/nightly\", null);",
            "  }",
            "  public void viaHelper(long id) {",
            "    // BUG: Diagnostic contains: viaHelper -> notifyShipping -> RestTemplate.put",
            "    notifyShipping(id);",
            "  }",
            "  // Not a business method: only its callers' transactions count.",
            "  private void notifyShipping(long id) { rest.put(\"/ship\", id); }",
            "  void packageHelper(long id) { rest.put(\"/ship\", id); }",
            "  public static void util(RestTemplate r) { r.put(\"/s\", null); }",
            "  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) public void outside(long id) { rest.put(\"/a\", id); }",
            "  @TransactionAttribute(TransactionAttributeType.NEVER) public void never(long id) { rest.put(\"/a\", id); }",
            "  @jakarta.annotation.PostConstruct public void warmUp() { rest.getForObject(\"/warm\", String.class); }",
            "  @Asynchronous public void later(long id) { rest.put(\"/later\", id); }",
            "  public void afterSuccess(@Observes(during = TransactionPhase.AFTER_SUCCESS) String event) { rest.put(\"/after\", event); }",
            "  public void onOtherThread(@ObservesAsync String event) { rest.put(\"/async\", event); }",
            "}")
        .addSourceLines("shop/Listener.java",
            "package shop;",
            "@jakarta.ejb.MessageDriven public class Listener {",
            "  org.springframework.web.client.RestTemplate rest;",
            "  public void onMessage(Object message) {",
            "    // BUG: Diagnostic contains: onMessage -> RestTemplate.put",
            "    rest.put(\"/received\", message);",
            "  }",
            "}")
        .addSourceLines("shop/BeanManaged.java",
            "package shop;",
            "import jakarta.ejb.*;",
            "@Stateless @TransactionManagement(TransactionManagementType.BEAN) public class BeanManaged {",
            "  org.springframework.web.client.RestTemplate rest;",
            "  public void run() { rest.put(\"/a\", null); }",
            "}")
        .addSourceLines("shop/NeverBean.java",
            "package shop;",
            "import jakarta.ejb.*;",
            "@Singleton @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) public class NeverBean {",
            "  org.springframework.web.client.RestTemplate rest;",
            "  public void run() { rest.put(\"/a\", null); }",
            "  @TransactionAttribute(TransactionAttributeType.REQUIRED) public void inOne() {",
            "    // BUG: Diagnostic contains: inOne -> RestTemplate.put",
            "    rest.put(\"/a\", null);",
            "  }",
            "}")
        .addSourceLines("shop/AbstractFacade.java",
            "package shop;",
            "// A bean's superclass: whether a bean extends it is not known here.",
            "public abstract class AbstractFacade {",
            "  org.springframework.web.client.RestTemplate rest;",
            "  public void sync() { rest.put(\"/a\", null); }",
            "}")
        .addSourceLines("shop/Facade.java",
            "package shop;",
            "@jakarta.ejb.Stateless public class Facade extends AbstractFacade {}")
        .addSourceLines("shop/CdiBean.java",
            "package shop;",
            "// A CDI bean without @Transactional: no transaction.",
            "@jakarta.enterprise.context.ApplicationScoped public class CdiBean {",
            "  org.springframework.web.client.RestTemplate rest;",
            "  public void run() { rest.put(\"/a\", null); }",
            "}")
        .addSourceLines("jakarta/enterprise/context/ApplicationScoped.java",
            "package jakarta.enterprise.context;",
            "public @interface ApplicationScoped {}")
        .addSourceLines("shop/JakartaTransactional.java",
            "package shop;",
            "public class JakartaTransactional {",
            "  org.springframework.web.client.RestTemplate rest;",
            "  @jakarta.transaction.Transactional public void run() {",
            "    // BUG: Diagnostic contains: (@TransactionalEventListener(phase = AFTER_COMMIT) in Spring, a CDI observer with @Observes(during = TransactionPhase.AFTER_SUCCESS) in Jakarta EE, an outbox table)",
            "    rest.put(\"/a\", null);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void businessViewsSupportsAndJavaxBeans() {
    TxStubs.addEnterpriseBeans(helper)
        .addSourceLines("shop/OrderService.java",
            "package shop;",
            "public interface OrderService { void place(long id); }")
        .addSourceLines("shop/OrderBean.java",
            "package shop;",
            "import jakarta.ejb.*;",
            "// A business interface: only its methods are business methods.",
            "@Stateless public class OrderBean implements OrderService, java.io.Serializable {",
            "  org.springframework.web.client.RestTemplate rest;",
            "  @Override public void place(long id) {",
            "    // BUG: Diagnostic contains: place -> RestTemplate.put",
            "    rest.put(\"/orders\", id);",
            "  }",
            "  public void helper(long id) { rest.put(\"/helper\", id); }",
            "}")
        .addSourceLines("shop/Catalog.java",
            "package shop;",
            "import jakarta.ejb.*;",
            "@Stateless @LocalBean public class Catalog implements java.util.function.LongConsumer {",
            "  org.springframework.web.client.RestTemplate rest;",
            "  @Override public void accept(long id) {}",
            "  public void refresh() {",
            "    // BUG: Diagnostic contains: refresh -> RestTemplate.put",
            "    rest.put(\"/catalog\", null);",
            "  }",
            "}")
        .addSourceLines("shop/Lookups.java",
            "package shop;",
            "import jakarta.ejb.*;",
            "// SUPPORTS: in a transaction only when the caller has one, which the code does not show.",
            "@Stateless @TransactionAttribute(TransactionAttributeType.SUPPORTS) public class Lookups {",
            "  org.springframework.web.client.RestTemplate rest;",
            "  public void find() { rest.put(\"/a\", null); }",
            "  @org.springframework.transaction.annotation.Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)",
            "  public void springSupports() { rest.put(\"/a\", null); }",
            "}")
        .addSourceLines("shop/Legacy.java",
            "package shop;",
            "@javax.ejb.Stateless public class Legacy {",
            "  org.springframework.web.client.RestTemplate rest;",
            "  public void sync() {",
            "    // BUG: Diagnostic contains: sync -> RestTemplate.put",
            "    rest.put(\"/legacy\", null);",
            "  }",
            "}")
        .doTest();
  }
}

package io.github.ormcheck.checker.testing;

import com.google.errorprone.CompilationTestHelper;

/**
 * Minimal sources of the Spring transaction, HTTP, messaging, mail, gRPC and AWS types the
 * transaction checks match by qualified name, compiled alongside test inputs; none of those
 * libraries is on the checker's test class path.
 */
public final class TxStubs {
  private TxStubs() {}

  public static CompilationTestHelper add(CompilationTestHelper helper) {
    return helper
        .addSourceLines("org/springframework/transaction/annotation/Propagation.java",
            "package org.springframework.transaction.annotation;",
            "public enum Propagation { REQUIRED, SUPPORTS, MANDATORY, REQUIRES_NEW, NOT_SUPPORTED, NEVER, NESTED }")
        .addSourceLines("org/springframework/transaction/annotation/Isolation.java",
            "package org.springframework.transaction.annotation;",
            "public enum Isolation { DEFAULT, READ_COMMITTED, REPEATABLE_READ, SERIALIZABLE }")
        .addSourceLines("org/springframework/transaction/annotation/Transactional.java",
            "package org.springframework.transaction.annotation;",
            "import java.lang.annotation.*;",
            "@Target({ElementType.TYPE, ElementType.METHOD}) @Retention(RetentionPolicy.RUNTIME) @Inherited",
            "public @interface Transactional {",
            "  String value() default \"\";",
            "  Propagation propagation() default Propagation.REQUIRED;",
            "  Isolation isolation() default Isolation.DEFAULT;",
            "  int timeout() default -1;",
            "  boolean readOnly() default false;",
            "  Class<? extends Throwable>[] rollbackFor() default {};",
            "}")
        .addSourceLines("jakarta/transaction/Transactional.java",
            "package jakarta.transaction;",
            "import java.lang.annotation.*;",
            "@Target({ElementType.TYPE, ElementType.METHOD}) @Retention(RetentionPolicy.RUNTIME) @Inherited",
            "public @interface Transactional {",
            "  TxType value() default TxType.REQUIRED;",
            "  enum TxType { REQUIRED, REQUIRES_NEW, MANDATORY, SUPPORTS, NOT_SUPPORTED, NEVER }",
            "}")
        .addSourceLines("org/springframework/transaction/support/TransactionCallback.java",
            "package org.springframework.transaction.support;",
            "public interface TransactionCallback<T> { T doInTransaction(Object status); }")
        .addSourceLines("org/springframework/transaction/support/TransactionOperations.java",
            "package org.springframework.transaction.support;",
            "public interface TransactionOperations {",
            "  <T> T execute(TransactionCallback<T> action);",
            "  default void executeWithoutResult(java.util.function.Consumer<Object> action) {}",
            "}")
        .addSourceLines("org/springframework/transaction/support/TransactionTemplate.java",
            "package org.springframework.transaction.support;",
            "public class TransactionTemplate implements TransactionOperations {",
            "  public <T> T execute(TransactionCallback<T> action) { return action.doInTransaction(null); }",
            "}")
        .addSourceLines("org/springframework/transaction/support/TransactionSynchronization.java",
            "package org.springframework.transaction.support;",
            "public interface TransactionSynchronization {",
            "  default void beforeCommit(boolean readOnly) {}",
            "  default void afterCommit() {}",
            "}")
        .addSourceLines("org/springframework/transaction/event/TransactionalEventListener.java",
            "package org.springframework.transaction.event;",
            "public @interface TransactionalEventListener {}")
        .addSourceLines("org/springframework/scheduling/annotation/Async.java",
            "package org.springframework.scheduling.annotation;",
            "public @interface Async {}")
        .addSourceLines("org/springframework/web/client/RestOperations.java",
            "package org.springframework.web.client;",
            "public interface RestOperations {",
            "  <T> T getForObject(String url, Class<T> type, Object... vars);",
            "  void put(String url, Object body, Object... vars);",
            "}")
        .addSourceLines("org/springframework/web/client/RestTemplate.java",
            "package org.springframework.web.client;",
            "public class RestTemplate implements RestOperations {",
            "  public <T> T getForObject(String url, Class<T> type, Object... vars) { return null; }",
            "  public void put(String url, Object body, Object... vars) {}",
            "  public void setErrorHandler(Object handler) {}",
            "}")
        .addSourceLines("org/springframework/web/client/RestClient.java",
            "package org.springframework.web.client;",
            "public interface RestClient {",
            "  RequestHeadersSpec get();",
            "  interface RequestHeadersSpec { RequestHeadersSpec uri(String uri); ResponseSpec retrieve(); }",
            "  interface ResponseSpec { <T> T body(Class<T> type); }",
            "}")
        .addSourceLines("org/springframework/web/reactive/function/client/WebClient.java",
            "package org.springframework.web.reactive.function.client;",
            "public interface WebClient {",
            "  Spec get();",
            "  interface Spec { Spec uri(String uri); Spec retrieve(); <T> reactor.core.publisher.Mono<T> bodyToMono(Class<T> type); }",
            "}")
        .addSourceLines("reactor/core/publisher/Mono.java",
            "package reactor.core.publisher;",
            "public abstract class Mono<T> {",
            "  public static <T> Mono<T> just(T value) { return null; }",
            "  public T block() { return null; }",
            "}")
        .addSourceLines("org/springframework/kafka/core/KafkaOperations.java",
            "package org.springframework.kafka.core;",
            "public interface KafkaOperations<K, V> { Object send(String topic, V data); }")
        .addSourceLines("org/springframework/kafka/core/KafkaTemplate.java",
            "package org.springframework.kafka.core;",
            "public class KafkaTemplate<K, V> implements KafkaOperations<K, V> {",
            "  public Object send(String topic, V data) { return null; }",
            "}")
        .addSourceLines("org/springframework/jms/core/JmsOperations.java",
            "package org.springframework.jms.core;",
            "public interface JmsOperations { void convertAndSend(String destination, Object message); }")
        .addSourceLines("org/springframework/amqp/core/AmqpTemplate.java",
            "package org.springframework.amqp.core;",
            "public interface AmqpTemplate { void convertAndSend(String routingKey, Object message); }")
        .addSourceLines("org/springframework/mail/MailSender.java",
            "package org.springframework.mail;",
            "public interface MailSender { void send(Object message); }")
        .addSourceLines("org/springframework/mail/javamail/JavaMailSender.java",
            "package org.springframework.mail.javamail;",
            "public interface JavaMailSender extends org.springframework.mail.MailSender {}")
        .addSourceLines("jakarta/mail/Transport.java",
            "package jakarta.mail;",
            "public abstract class Transport { public static void send(Object message) {} }")
        .addSourceLines("okhttp3/Call.java",
            "package okhttp3;",
            "public interface Call { Object execute(); }")
        .addSourceLines("org/springframework/cloud/openfeign/FeignClient.java",
            "package org.springframework.cloud.openfeign;",
            "public @interface FeignClient { String value() default \"\"; }")
        .addSourceLines("org/springframework/web/service/annotation/GetExchange.java",
            "package org.springframework.web.service.annotation;",
            "public @interface GetExchange { String value() default \"\"; }")
        .addSourceLines("io/grpc/stub/AbstractStub.java",
            "package io.grpc.stub;",
            "public abstract class AbstractStub<S extends AbstractStub<S>> { public S withDeadlineAfter(long d) { return null; } }")
        .addSourceLines("io/grpc/stub/AbstractBlockingStub.java",
            "package io.grpc.stub;",
            "public abstract class AbstractBlockingStub<S extends AbstractBlockingStub<S>> extends AbstractStub<S> {}")
        .addSourceLines("software/amazon/awssdk/core/SdkClient.java",
            "package software.amazon.awssdk.core;",
            "public interface SdkClient extends AutoCloseable { String serviceName(); }")
        .addSourceLines("org/eclipse/microprofile/rest/client/inject/RegisterRestClient.java",
            "package org.eclipse.microprofile.rest.client.inject;",
            "public @interface RegisterRestClient { String configKey() default \"\"; }");
  }

  /**
   * Jakarta Enterprise Beans' and CDI's annotations that decide container-managed transactions,
   * for the checks' enterprise bean cases.
   */
  public static CompilationTestHelper addEnterpriseBeans(CompilationTestHelper helper) {
    for (String component : new String[] {"Stateless", "Stateful", "Singleton", "MessageDriven", "Asynchronous",
        "Schedule", "Timeout", "LocalBean", "Startup"}) {
      helper = helper.addSourceLines("jakarta/ejb/" + component + ".java",
          "package jakarta.ejb;",
          "import java.lang.annotation.*;",
          "@Retention(RetentionPolicy.RUNTIME) public @interface " + component + " {}");
    }
    return helper
        .addSourceLines("jakarta/ejb/Local.java",
            "package jakarta.ejb;",
            "public @interface Local { Class<?>[] value() default {}; }")
        .addSourceLines("javax/ejb/Stateless.java",
            "package javax.ejb;",
            "public @interface Stateless {}")
        .addSourceLines("jakarta/annotation/PreDestroy.java",
            "package jakarta.annotation;",
            "public @interface PreDestroy {}")
        .addSourceLines("jakarta/ejb/TransactionAttributeType.java",
            "package jakarta.ejb;",
            "public enum TransactionAttributeType { MANDATORY, REQUIRED, REQUIRES_NEW, SUPPORTS, NOT_SUPPORTED, NEVER }")
        .addSourceLines("jakarta/ejb/TransactionAttribute.java",
            "package jakarta.ejb;",
            "import java.lang.annotation.*;",
            "@Retention(RetentionPolicy.RUNTIME)",
            "public @interface TransactionAttribute { TransactionAttributeType value() default TransactionAttributeType.REQUIRED; }")
        .addSourceLines("jakarta/ejb/TransactionManagementType.java",
            "package jakarta.ejb;",
            "public enum TransactionManagementType { CONTAINER, BEAN }")
        .addSourceLines("jakarta/ejb/TransactionManagement.java",
            "package jakarta.ejb;",
            "import java.lang.annotation.*;",
            "@Retention(RetentionPolicy.RUNTIME)",
            "public @interface TransactionManagement { TransactionManagementType value() default TransactionManagementType.CONTAINER; }")
        .addSourceLines("jakarta/ejb/SessionContext.java",
            "package jakarta.ejb;",
            "public interface SessionContext { <T> T getBusinessObject(Class<T> type); }")
        .addSourceLines("jakarta/annotation/PostConstruct.java",
            "package jakarta.annotation;",
            "import java.lang.annotation.*;",
            "@Retention(RetentionPolicy.RUNTIME) public @interface PostConstruct {}")
        .addSourceLines("jakarta/enterprise/event/TransactionPhase.java",
            "package jakarta.enterprise.event;",
            "public enum TransactionPhase { IN_PROGRESS, BEFORE_COMPLETION, AFTER_COMPLETION, AFTER_FAILURE, AFTER_SUCCESS }")
        .addSourceLines("jakarta/enterprise/event/Observes.java",
            "package jakarta.enterprise.event;",
            "import java.lang.annotation.*;",
            "@Retention(RetentionPolicy.RUNTIME)",
            "public @interface Observes { TransactionPhase during() default TransactionPhase.IN_PROGRESS; }")
        .addSourceLines("jakarta/enterprise/event/ObservesAsync.java",
            "package jakarta.enterprise.event;",
            "import java.lang.annotation.*;",
            "@Retention(RetentionPolicy.RUNTIME) public @interface ObservesAsync {}");
  }
}

package io.github.ormcheck.checker.frameworks;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;

/**
 * Network calls and external side effects by name: HTTP clients, gRPC, messaging, mail and cloud
 * SDKs. Users add their own through {@code -XepOpt:OrmCheck:RemoteApis} or {@code @RemoteCall}.
 */
public final class RemoteApis {
  /**
   * Calls of {@code methods} (all methods when empty) on {@code type} or its subtypes. {@code kind}
   * says what the call does, for messages.
   */
  public record RemoteApi(String type, ImmutableSet<String> methods, String kind) {
    public static RemoteApi of(String type, String kind, String... methods) {
      return new RemoteApi(type, ImmutableSet.copyOf(methods), kind);
    }
  }

  public static final String HTTP = "an HTTP call";
  public static final String MESSAGE = "a message send";
  public static final String MAIL = "a mail send";
  public static final String GRPC = "a gRPC call";
  public static final String AWS = "an AWS SDK call";
  public static final String REMOTE = "a remote call";

  private static final String[] REST_OPERATIONS = {
    "getForObject", "getForEntity", "headForHeaders", "postForLocation", "postForObject", "postForEntity",
    "put", "patchForObject", "delete", "optionsForAllow", "exchange", "execute"
  };
  private static final String[] JAX_RS_INVOKER = {"get", "put", "post", "delete", "head", "options", "trace", "method"};

  public static final ImmutableList<RemoteApi> BUILT_IN =
      ImmutableList.of(
          RemoteApi.of("org.springframework.web.client.RestOperations", HTTP, REST_OPERATIONS),
          RemoteApi.of("org.springframework.web.client.RestTemplate", HTTP, REST_OPERATIONS),
          RemoteApi.of("org.springframework.web.client.RestClient.ResponseSpec", HTTP,
              "body", "toEntity", "toBodilessEntity"),
          RemoteApi.of("org.springframework.web.client.RestClient.RequestHeadersSpec", HTTP, "exchange"),
          RemoteApi.of("java.net.http.HttpClient", HTTP, "send"),
          RemoteApi.of("java.net.URL", HTTP, "openStream", "openConnection", "getContent"),
          RemoteApi.of("java.net.URLConnection", HTTP, "connect", "getInputStream", "getOutputStream", "getContent"),
          RemoteApi.of("java.net.HttpURLConnection", HTTP, "getResponseCode", "getResponseMessage"),
          RemoteApi.of("okhttp3.Call", HTTP, "execute"),
          RemoteApi.of("org.apache.http.client.HttpClient", HTTP, "execute"),
          RemoteApi.of("org.apache.hc.client5.http.classic.HttpClient", HTTP, "execute", "executeOpen"),
          RemoteApi.of("org.apache.hc.client5.http.impl.classic.CloseableHttpClient", HTTP, "execute", "executeOpen"),
          RemoteApi.of("jakarta.ws.rs.client.SyncInvoker", HTTP, JAX_RS_INVOKER),
          RemoteApi.of("javax.ws.rs.client.SyncInvoker", HTTP, JAX_RS_INVOKER),
          RemoteApi.of("jakarta.ws.rs.client.Invocation", HTTP, "invoke"),
          RemoteApi.of("javax.ws.rs.client.Invocation", HTTP, "invoke"),
          RemoteApi.of("org.springframework.kafka.core.KafkaOperations", MESSAGE,
              "send", "sendDefault", "sendAndReceive"),
          RemoteApi.of("org.apache.kafka.clients.producer.Producer", MESSAGE, "send"),
          RemoteApi.of("org.springframework.jms.core.JmsOperations", MESSAGE,
              "send", "convertAndSend", "sendAndReceive", "convertSendAndReceive"),
          RemoteApi.of("org.springframework.amqp.core.AmqpTemplate", MESSAGE,
              "send", "convertAndSend", "sendAndReceive", "convertSendAndReceive"),
          RemoteApi.of("org.springframework.amqp.rabbit.core.RabbitOperations", MESSAGE,
              "send", "convertAndSend", "sendAndReceive", "convertSendAndReceive"),
          RemoteApi.of("org.springframework.mail.MailSender", MAIL, "send"),
          RemoteApi.of("jakarta.mail.Transport", MAIL, "send", "sendMessage"),
          RemoteApi.of("javax.mail.Transport", MAIL, "send", "sendMessage"));

  /** Subtypes of this are AWS SDK v2 service clients: each of their service methods is a request. */
  public static final String AWS_SDK_CLIENT = "software.amazon.awssdk.core.SdkClient";
  /** Methods of an AWS client that do not call the service. */
  public static final ImmutableSet<String> AWS_LOCAL_METHODS =
      ImmutableSet.of("close", "serviceName", "serviceClientConfiguration", "utilities", "waiter");

  /** Subtypes of this are generated gRPC blocking stubs: their own methods are RPCs. */
  public static final String GRPC_BLOCKING_STUB = "io.grpc.stub.AbstractBlockingStub";
  public static final String GRPC_STUB_PACKAGE = "io.grpc.stub";

  /** Reactor's blocking calls: remote when the publisher comes from WebClient. */
  public static final ImmutableSet<String> REACTOR_PUBLISHERS =
      ImmutableSet.of("reactor.core.publisher.Mono", "reactor.core.publisher.Flux");
  public static final ImmutableSet<String> REACTOR_BLOCKING =
      ImmutableSet.of("block", "blockOptional", "blockFirst", "blockLast");
  public static final String WEB_CLIENT_PACKAGE = "org.springframework.web.reactive.function.client";

  /** Declarative HTTP clients: an interface (or method) annotated with one of these. */
  public static final ImmutableSet<String> HTTP_INTERFACE_ANNOTATIONS =
      ImmutableSet.of(
          "org.springframework.cloud.openfeign.FeignClient",
          "org.springframework.web.service.annotation.HttpExchange",
          "org.springframework.web.service.annotation.GetExchange",
          "org.springframework.web.service.annotation.PostExchange",
          "org.springframework.web.service.annotation.PutExchange",
          "org.springframework.web.service.annotation.PatchExchange",
          "org.springframework.web.service.annotation.DeleteExchange",
          // MicroProfile Rest Client (Quarkus, Open Liberty, Payara, Helidon)
          "org.eclipse.microprofile.rest.client.inject.RegisterRestClient");

  /** ormcheck's own marker for user gateways. */
  public static final String REMOTE_CALL = "io.github.ormcheck.annotations.RemoteCall";

  private RemoteApis() {}
}

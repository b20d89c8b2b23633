package io.github.ormcheck.checker.frameworks;

import com.google.common.collect.ImmutableSet;

/**
 * Jakarta Enterprise Beans (and Java EE's {@code javax.ejb}) and CDI names that decide where a
 * container-managed transaction runs: session and message-driven beans get one around each
 * business method unless told otherwise (Jakarta Enterprise Beans 4.0, "Support for
 * Transactions"), and CDI observers may run after it.
 */
public final class EnterpriseBeans {
  /**
   * Session and message-driven beans: the container demarcates their transactions unless the
   * class says {@code @TransactionManagement(BEAN)}. Not inherited: a subclass is a bean only if
   * it says so itself.
   */
  public static final ImmutableSet<String> COMPONENTS = both("Stateless", "Stateful", "Singleton", "MessageDriven");

  /** A no-interface view: every public method of the bean is a business method. */
  public static final ImmutableSet<String> LOCAL_BEAN = both("LocalBean");

  /** Business interface views named on the bean class: {@code @Local(OrderService.class)}. */
  public static final ImmutableSet<String> BUSINESS_VIEWS = both("Local", "Remote");

  /** {@code @TransactionAttribute(TransactionAttributeType.X)}, on the bean class or a method. */
  public static final ImmutableSet<String> TRANSACTION_ATTRIBUTE = both("TransactionAttribute");

  /** {@code @TransactionManagement(TransactionManagementType.BEAN)}: the bean demarcates its own. */
  public static final ImmutableSet<String> TRANSACTION_MANAGEMENT = both("TransactionManagement");

  public static final String BEAN_MANAGED = "BEAN";

  /** Timeout callbacks: they run in a container-managed transaction whatever their access. */
  public static final ImmutableSet<String> TIMEOUT_CALLBACKS = both("Schedule", "Schedules", "Timeout");

  /**
   * Lifecycle callbacks: the transaction they run in is unspecified for most beans, so none is
   * assumed.
   */
  public static final ImmutableSet<String> LIFECYCLE_CALLBACKS =
      ImmutableSet.<String>builder()
          .addAll(both("PostActivate", "PrePassivate", "AfterBegin", "BeforeCompletion", "AfterCompletion"))
          .add("jakarta.annotation.PostConstruct", "jakarta.annotation.PreDestroy",
              "javax.annotation.PostConstruct", "javax.annotation.PreDestroy")
          .build();

  /** The method (or every method of the class) runs on another thread, outside the caller's transaction. */
  public static final ImmutableSet<String> ASYNCHRONOUS =
      ImmutableSet.<String>builder()
          .addAll(both("Asynchronous"))
          .add("jakarta.enterprise.concurrent.Asynchronous",
              // MicroProfile Fault Tolerance, Quarkus's usual way to run a bean method asynchronously
              "org.eclipse.microprofile.faulttolerance.Asynchronous")
          .build();

  /** A CDI observer parameter; {@code during} says which transaction phase it runs in. */
  public static final ImmutableSet<String> OBSERVES = ImmutableSet.of("jakarta.enterprise.event.Observes", "javax.enterprise.event.Observes");

  /** An asynchronous CDI observer: it runs on another thread. */
  public static final ImmutableSet<String> OBSERVES_ASYNC =
      ImmutableSet.of("jakarta.enterprise.event.ObservesAsync", "javax.enterprise.event.ObservesAsync");

  /** {@code TransactionPhase} values whose observers run once the transaction is over. */
  public static final ImmutableSet<String> AFTER_TRANSACTION_PHASES =
      ImmutableSet.of("AFTER_SUCCESS", "AFTER_FAILURE", "AFTER_COMPLETION");

  /** Both namespaces of an annotation of {@code jakarta.ejb}. */
  private static ImmutableSet<String> both(String... simpleNames) {
    return jakartaAndJavax("ejb", simpleNames);
  }

  /** {@code jakarta.<area>.<name>} and {@code javax.<area>.<name>} for each name. */
  static ImmutableSet<String> jakartaAndJavax(String area, String... simpleNames) {
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    for (String name : simpleNames) {
      names.add("jakarta." + area + "." + name, "javax." + area + "." + name);
    }
    return names.build();
  }

  private EnterpriseBeans() {}
}

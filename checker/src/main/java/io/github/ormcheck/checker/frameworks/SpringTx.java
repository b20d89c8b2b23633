package io.github.ormcheck.checker.frameworks;

import com.google.common.collect.ImmutableSet;

/**
 * Transaction demarcation by name: Spring's and Jakarta/Java EE's {@code @Transactional}, Spring's
 * {@code TransactionTemplate}, and the hooks that run after the commit.
 */
public final class SpringTx {
  public static final String SPRING_TRANSACTIONAL = "org.springframework.transaction.annotation.Transactional";
  public static final String JAKARTA_TRANSACTIONAL = "jakarta.transaction.Transactional";
  public static final String JAVAX_TRANSACTIONAL = "javax.transaction.Transactional";
  public static final ImmutableSet<String> TRANSACTIONAL =
      ImmutableSet.of(SPRING_TRANSACTIONAL, JAKARTA_TRANSACTIONAL, JAVAX_TRANSACTIONAL);

  /** Propagation ({@code Propagation} or {@code TxType}) values that run without a transaction. */
  public static final ImmutableSet<String> NON_TRANSACTIONAL_PROPAGATION = ImmutableSet.of("NOT_SUPPORTED", "NEVER");

  public static final String TRANSACTION_TEMPLATE = "org.springframework.transaction.support.TransactionTemplate";
  public static final String TRANSACTION_OPERATIONS = "org.springframework.transaction.support.TransactionOperations";
  /** The types whose {@link #TEMPLATE_CALLBACK_METHODS} run a callback in a transaction. */
  public static final ImmutableSet<String> TEMPLATES = ImmutableSet.of(TRANSACTION_OPERATIONS, TRANSACTION_TEMPLATE);
  public static final ImmutableSet<String> TEMPLATE_CALLBACK_METHODS = ImmutableSet.of("execute", "executeWithoutResult");

  public static final String TRANSACTIONAL_EVENT_LISTENER =
      "org.springframework.transaction.event.TransactionalEventListener";
  public static final String TRANSACTION_SYNCHRONIZATION =
      "org.springframework.transaction.support.TransactionSynchronization";
  /** Callbacks of {@code TransactionSynchronization} that run once the transaction is over. */
  public static final ImmutableSet<String> AFTER_TRANSACTION_CALLBACKS = ImmutableSet.of("afterCommit", "afterCompletion");

  /** Spring's {@code @Async}: the method runs on another thread, outside the caller's transaction. */
  public static final String ASYNC = "org.springframework.scheduling.annotation.Async";

  private SpringTx() {}
}

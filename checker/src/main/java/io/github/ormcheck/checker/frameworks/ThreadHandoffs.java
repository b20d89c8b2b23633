package io.github.ormcheck.checker.frameworks;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;

/**
 * JDK calls that hand a function to another thread: its body runs outside the caller's
 * transaction (Spring binds the transaction to the calling thread).
 */
public final class ThreadHandoffs {
  /** Owner type to the methods whose function argument runs on another thread. */
  public static final ImmutableMap<String, ImmutableSet<String>> METHODS =
      ImmutableMap.of(
          "java.util.concurrent.Executor", ImmutableSet.of("execute"),
          "java.util.concurrent.ExecutorService", ImmutableSet.of("submit", "invokeAll", "invokeAny"),
          "java.util.concurrent.ScheduledExecutorService",
              ImmutableSet.of("schedule", "scheduleAtFixedRate", "scheduleWithFixedDelay"),
          "java.util.concurrent.CompletableFuture",
              ImmutableSet.of(
                  "runAsync", "supplyAsync", "thenApplyAsync", "thenAcceptAsync", "thenRunAsync",
                  "thenComposeAsync", "thenCombineAsync", "whenCompleteAsync", "handleAsync"));

  /** Constructors whose function argument runs on another thread. */
  public static final ImmutableSet<String> THREAD_TYPES = ImmutableSet.of("java.lang.Thread");

  private ThreadHandoffs() {}
}

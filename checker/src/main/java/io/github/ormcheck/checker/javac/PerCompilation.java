package io.github.ormcheck.checker.javac;

import com.sun.tools.javac.util.Context;
import java.util.function.Function;

/**
 * A check's handle on one per-compilation helper ({@link CompilationScope#instance}): the helper
 * of the compilation it was last asked about, so that a check that runs on every method call asks
 * javac's {@link Context} (a hash table of a few hundred entries, rarely in the processor's cache)
 * once per compilation rather than at every node.
 *
 * <p>Error Prone makes a compilation's checks for that compilation. Should one check instance
 * serve several compilations, in turn or at once, each still gets its own compilation's helper:
 * the kept pair is immutable and compared by identity with the caller's context, and a mismatch
 * only costs the lookup.
 */
public final class PerCompilation<T> {
  private record Last<T>(Context context, T helper) {}

  private final Function<Context, T> lookup;
  private volatile Last<T> last;

  /** {@code lookup} is the helper's {@code instance(Context)}. */
  public PerCompilation(Function<Context, T> lookup) {
    this.lookup = lookup;
  }

  public T get(Context context) {
    Last<T> seen = last;
    if (seen != null && seen.context() == context) {
      return seen.helper();
    }
    T helper = lookup.apply(context);
    last = new Last<>(context, helper);
    return helper;
  }
}

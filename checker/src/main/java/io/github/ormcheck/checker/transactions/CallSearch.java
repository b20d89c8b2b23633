package io.github.ormcheck.checker.transactions;

import com.sun.tools.javac.code.Symbol;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The bookkeeping of a search that follows calls into the compilation's methods a limited number
 * of levels deep (a remote call, a write): the answer per method and remaining depth, kept for the
 * compilation in {@link Transactions#memo}, and a guard against recursion, where the first visit
 * of a method answers.
 */
final class CallSearch<T> {
  private record Key(Symbol.MethodSymbol method, int depth) {}

  private final Map<Key, Optional<T>> memo;
  private final Set<Symbol.MethodSymbol> inProgress = new HashSet<>();
  /** Whether the guard answered for some method below the one being searched. */
  private boolean cutShort;

  CallSearch(Transactions transactions, String name) {
    this.memo = transactions.memo(name);
  }

  /** The answer for {@code method} with {@code depth} levels left: the kept one, or {@code search}'s. */
  Optional<T> answer(Symbol.MethodSymbol method, int depth, Supplier<Optional<T>> search) {
    Key key = new Key(method, depth);
    Optional<T> known = memo.get(key);
    if (known != null) {
      return known;
    }
    if (!inProgress.add(method)) {
      cutShort = true;
      return Optional.empty(); // recursion: the first visit answers
    }
    boolean outerCutShort = cutShort;
    cutShort = false;
    Optional<T> found;
    try {
      found = search.get();
    } finally {
      inProgress.remove(method);
    }
    if (!cutShort || found.isPresent()) {
      memo.put(key, found); // An empty answer the guard cut short may be wrong from elsewhere.
    }
    cutShort |= outerCutShort;
    return found;
  }
}

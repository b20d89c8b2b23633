package io.github.ormcheck.checker.transactions;

import com.google.common.collect.ImmutableList;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.tools.javac.code.Symbol;
import io.github.ormcheck.checker.transactions.RemoteCalls.Remote;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a call reaches a remote call, directly or through methods of the same compilation (up
 * to {@link Transactions#MAX_DEPTH} helpers deep), and along which chain. Results per method are
 * memoized in the compilation's {@link Transactions}.
 */
public final class RemotePaths {
  /** {@code chain} as in {@code [notifyWarehouse, RestTemplate.put]}. */
  public record RemotePath(ImmutableList<String> chain, String kind) {}

  private record Key(Symbol.MethodSymbol method, int depth) {}

  private final Transactions transactions;
  private final RemoteCalls remoteCalls;
  private final Map<Key, Optional<RemotePath>> memo;
  private final Set<Symbol.MethodSymbol> inProgress = new HashSet<>();

  public RemotePaths(Transactions transactions, RemoteCalls remoteCalls) {
    this.transactions = transactions;
    this.remoteCalls = remoteCalls;
    this.memo = transactions.memo("remote-paths");
  }

  /** The remote call {@code call} makes or leads to, on the caller's thread and transaction. */
  public Optional<RemotePath> of(MethodInvocationTree call, Symbol.MethodSymbol callee) {
    return of(call, callee, Transactions.MAX_DEPTH);
  }

  private Optional<RemotePath> of(MethodInvocationTree call, Symbol.MethodSymbol callee, int depth) {
    Optional<Remote> direct = remoteCalls.of(call);
    if (direct.isPresent()) {
      return Optional.of(new RemotePath(ImmutableList.of(direct.get().display()), direct.get().kind()));
    }
    if (depth == 0 || leavesTransaction(callee)) {
      return Optional.empty();
    }
    Key key = new Key(callee, depth);
    Optional<RemotePath> known = memo.get(key);
    if (known != null) {
      return known;
    }
    if (!inProgress.add(callee)) {
      return Optional.empty(); // recursion: the first visit answers
    }
    Optional<RemotePath> found = Optional.empty();
    try {
      for (Transactions.Call inner : transactions.calls(callee)) {
        Optional<RemotePath> below = of(inner.tree(), inner.callee(), depth - 1);
        if (below.isPresent()) {
          found = Optional.of(new RemotePath(
              ImmutableList.<String>builder().add(callee.getSimpleName().toString()).addAll(below.get().chain()).build(),
              below.get().kind()));
          break;
        }
      }
    } finally {
      inProgress.remove(callee);
    }
    memo.put(key, found);
    return found;
  }

  /** A callee that suspends the transaction, runs after it, or on another thread. */
  private boolean leavesTransaction(Symbol.MethodSymbol callee) {
    return transactions.outsideTransaction(callee)
        || transactions.onMethod(callee).filter(a -> !a.transactional()).isPresent();
  }
}

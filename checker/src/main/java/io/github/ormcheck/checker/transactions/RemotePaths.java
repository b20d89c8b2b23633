package io.github.ormcheck.checker.transactions;

import com.google.common.collect.ImmutableList;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.tools.javac.code.Symbol;
import io.github.ormcheck.checker.javac.Implementations;
import io.github.ormcheck.checker.transactions.RemoteCalls.Remote;
import java.util.List;
import java.util.Optional;

/**
 * Whether a call reaches a remote call, directly or through methods of the same compilation (up
 * to {@link Transactions#MAX_DEPTH} helpers deep), and along which chain. Results per method are
 * memoized in the compilation's {@link Transactions}.
 */
public final class RemotePaths {
  /** {@code chain} as in {@code [notifyWarehouse, RestTemplate.put]}. */
  public record RemotePath(ImmutableList<String> chain, String kind) {}

  private final Transactions transactions;
  private final RemoteCalls remoteCalls;
  private final Implementations implementations;
  private final CallSearch<RemotePath> search;

  public RemotePaths(Transactions transactions, RemoteCalls remoteCalls) {
    this.transactions = transactions;
    this.remoteCalls = remoteCalls;
    this.implementations = transactions.implementations();
    this.search = new CallSearch<>(transactions, "remote-paths");
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
    return search.answer(callee, depth, () -> {
      // A call through an interface runs its only implementation in this compilation, if it has
      // one; a method that a class here overrides may run the override instead.
      Optional<Symbol.MethodSymbol> runs = implementations.runs(callee);
      if (runs.isEmpty()) {
        return Optional.empty();
      }
      Symbol.MethodSymbol target = runs.get();
      List<Transactions.Call> calls =
          target != callee && leavesThroughProxy(target) ? List.of() : transactions.calls(target);
      for (Transactions.Call inner : calls) {
        Optional<RemotePath> below = of(inner.tree(), inner.callee(), depth - 1);
        if (below.isPresent()) {
          return Optional.of(new RemotePath(
              ImmutableList.<String>builder().add(callee.getSimpleName().toString()).addAll(below.get().chain()).build(),
              below.get().kind()));
        }
      }
      return Optional.empty();
    });
  }

  /**
   * An implementation reached through its interface, so through the bean's proxy: its class's
   * {@code @Transactional(NOT_SUPPORTED)} suspends the transaction as much as its own.
   */
  private boolean leavesThroughProxy(Symbol.MethodSymbol implementation) {
    return transactions.outsideTransaction(implementation)
        || transactions.declared(implementation).filter(a -> !a.transactional()).isPresent();
  }

  /** A callee that suspends the transaction, runs after it, or on another thread. */
  private boolean leavesTransaction(Symbol.MethodSymbol callee) {
    return transactions.outsideTransaction(callee)
        || transactions.onMethod(callee).or(() -> transactions.containerManaged(callee))
            .filter(a -> !a.transactional()).isPresent();
  }
}

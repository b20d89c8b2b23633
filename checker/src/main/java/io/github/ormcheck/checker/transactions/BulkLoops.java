package io.github.ormcheck.checker.transactions;

import com.google.common.collect.ImmutableSet;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import com.sun.tools.javac.util.Context;
import io.github.ormcheck.checker.javac.KnownTypes;
import io.github.ormcheck.checker.frameworks.SpringData;
import io.github.ormcheck.checker.loading.Origin;
import io.github.ormcheck.checker.loading.Origins;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The parts of UnboundedLoopInTransaction's analysis that are about data, not loops: whether a
 * loop's elements come from an unbounded query (a {@code findAll} or {@code Stream} repository
 * method without {@code Pageable}/{@code Limit}, a JPQL query without {@code setMaxResults}), and
 * the first per-element write in a loop body.
 */
public final class BulkLoops {
  /** JPQL executions that return many rows. */
  private static final ImmutableSet<String> MANY_ROWS = ImmutableSet.of("getResultList", "getResultStream", "list", "stream", "scroll");
  /** Derived queries bounded by their name: {@code findTop10By...}, {@code findFirstBy...}. */
  private static final Pattern LIMITED_NAME = Pattern.compile("^(find|read|get|query|search|stream)(Distinct)?(First|Top)\\d*.*");

  private final KnownTypes known;
  private final PersistenceWrites persistenceWrites;
  private final Origins origins;
  private final Transactions transactions;
  /** Per method and depth: the first write it makes, kept for the compilation; called through a proxy, and through this. */
  private final CallSearch<String> writes;
  private final CallSearch<String> writesThroughThis;

  public BulkLoops(Context context, Origins origins) {
    this.known = KnownTypes.instance(context);
    this.persistenceWrites = PersistenceWrites.instance(context);
    this.origins = origins;
    this.transactions = Transactions.instance(context);
    this.writes = new CallSearch<>(transactions, "bulk-writes");
    this.writesThroughThis = new CallSearch<>(transactions, "bulk-writes-through-this");
  }

  /** How an unbounded source of elements is named in messages, or empty when it is bounded or unknown. */
  public Optional<String> unbounded(ExpressionTree source, TreePath where) {
    Optional<Origin> origin = origins.ofElements(source, where);
    if (origin.isEmpty()) {
      return Optional.empty();
    }
    if (origin.get().repositoryMethod().isPresent()) {
      Symbol.MethodSymbol method = origin.get().repositoryMethod().get();
      String name = method.getSimpleName().toString();
      boolean limited = LIMITED_NAME.matcher(name).matches()
          || method.getParameters().stream().anyMatch(p -> known.isSubtype(p.type, SpringData.PAGEABLE) || known.isSubtype(p.type, SpringData.LIMIT));
      boolean everything = name.startsWith("findAll") && !name.equals("findAllById")
          || known.isSubtype(method.getReturnType(), "java.util.stream.Stream");
      return !limited && everything ? Optional.of(origin.get().description()) : Optional.empty();
    }
    if (origin.get().site() instanceof MethodInvocationTree execution
        && execution.getMethodSelect() instanceof MemberSelectTree select
        && MANY_ROWS.contains(select.getIdentifier().toString())
        && !limited(select.getExpression(), where)) {
      return Optional.of(origin.get().description() + " without setMaxResults");
    }
    return Optional.empty();
  }

  /** {@code setMaxResults} in the query's call chain, or on its variable anywhere in the method. */
  private boolean limited(ExpressionTree query, TreePath where) {
    ExpressionTree current = query;
    for (int step = 0; step < 32; step++) {
      if (current instanceof IdentifierTree variable) {
        Symbol symbol = TreeInfo.symbol((JCTree) variable);
        return symbol != null && (setsMaxResultsOn(symbol, where)
            || origins.definitionOf(variable, where).map(init -> limited(init, where)).orElse(false));
      }
      if (!(current instanceof MethodInvocationTree call && call.getMethodSelect() instanceof MemberSelectTree select)) {
        return false;
      }
      if (select.getIdentifier().contentEquals("setMaxResults")) {
        return true;
      }
      current = select.getExpression();
    }
    return false;
  }

  private static boolean setsMaxResultsOn(Symbol variable, TreePath where) {
    TreePath method = where;
    while (method != null && !(method.getLeaf() instanceof MethodTree)) {
      method = method.getParentPath();
    }
    if (method == null) {
      return false;
    }
    Boolean found = new TreeScanner<Boolean, Void>() {
      @Override
      public Boolean visitMethodInvocation(MethodInvocationTree call, Void unused) {
        if (call.getMethodSelect() instanceof MemberSelectTree select
            && select.getIdentifier().contentEquals("setMaxResults")
            && TreeInfo.symbol((JCTree) select.getExpression()) == variable) {
          return true;
        }
        return super.visitMethodInvocation(call, unused);
      }

      @Override
      public Boolean reduce(Boolean a, Boolean b) {
        return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
      }
    }.scan(method.getLeaf(), null);
    return Boolean.TRUE.equals(found);
  }

  /**
   * The first write in {@code body} that runs per element, named for messages ("Order.setStatus",
   * "OrderRepository.save"); a write in a method the body calls, followed like the remote calls
   * of a transaction ({@link Transactions#MAX_DEPTH} deep, through an interface into its only
   * implementation), is named with the chain ("archive -> Order.setStatus").
   */
  public Optional<String> firstWrite(Tree body) {
    String[] found = new String[1];
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        if (found[0] == null) {
          write(call).or(() -> inCallee(call, Transactions.MAX_DEPTH)).ifPresent(w -> found[0] = w);
        }
        return super.visitMethodInvocation(call, unused);
      }

      @Override
      public Void visitClass(com.sun.source.tree.ClassTree tree, Void unused) {
        return null;
      }
    }.scan(body, null);
    return Optional.ofNullable(found[0]);
  }

  /** The first write in the method {@code call} runs, if its body is in this compilation. */
  private Optional<String> inCallee(MethodInvocationTree call, int depth) {
    if (depth == 0 || !(TreeInfo.symbol((JCTree) call.getMethodSelect()) instanceof Symbol.MethodSymbol callee)) {
      return Optional.empty();
    }
    boolean self = throughThis(call);
    return (self ? writesThroughThis : writes).answer(callee, depth, () -> {
      Symbol.MethodSymbol target = transactions.implementations().sole(callee).orElse(callee);
      // Through the proxy, a method in a transaction of its own (or in none, or on another thread)
      // per element leaves this one as it is; through this, its annotations do nothing.
      List<Transactions.Call> calls =
          !self && (leavesThroughProxy(callee) || leavesThroughProxy(target))
              ? List.of()
              : transactions.calls(target);
      for (Transactions.Call inner : calls) {
        Optional<String> below = write(inner.tree(), target).or(() -> inCallee(inner.tree(), depth - 1));
        if (below.isPresent()) {
          return Optional.of(callee.getSimpleName() + " -> " + below.get());
        }
      }
      return Optional.empty();
    });
  }

  private boolean leavesThroughProxy(Symbol.MethodSymbol method) {
    return transactions.outsideTransaction(method)
        || transactions.declared(method).filter(attributes -> !attributes.joinsCaller()).isPresent();
  }

  /** {@code m()} or {@code this.m()}: a call that no proxy sees. */
  private static boolean throughThis(MethodInvocationTree call) {
    return call.getMethodSelect() instanceof IdentifierTree
        || call.getMethodSelect() instanceof MemberSelectTree select
            && select.getExpression() instanceof IdentifierTree receiver
            && receiver.getName().contentEquals("this");
  }

  private Optional<String> write(MethodInvocationTree tree) {
    return write(tree, null);
  }

  /**
   * A write: a {@link PersistenceWrites persistence write}, or an entity setter. In a
   * called method ({@code callee} not null) only setters on its parameters count: an entity the
   * method builds itself (a copy, a DTO mapper's target) is not managed until it is saved.
   */
  private Optional<String> write(MethodInvocationTree tree, Symbol.MethodSymbol callee) {
    Optional<PersistenceWrites.Call> call = PersistenceWrites.call(tree);
    if (call.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> persistence = persistenceWrites.of(call.get());
    if (persistence.isPresent()) {
      return persistence;
    }
    String name = call.get().name();
    if (name.length() > 3 && name.startsWith("set") && tree.getArguments().size() == 1
        && origins.entityOf(call.get().receiver()).isPresent()
        && (callee == null
            || callee.getParameters().contains(TreeInfo.symbol((JCTree) call.get().select().getExpression())))) {
      return Optional.of(call.get().display());
    }
    return Optional.empty();
  }
}

package io.github.ormcheck.checker.bugpatterns;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.EnhancedForLoopTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.ForLoopTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.WhileLoopTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.tools.javac.code.Symbol;
import io.github.ormcheck.checker.errorprone.CheckSupport;
import io.github.ormcheck.checker.javac.PerCompilation;
import io.github.ormcheck.checker.loading.ElementLoop;
import io.github.ormcheck.checker.loading.ElementLoops;
import io.github.ormcheck.checker.loading.Origins;
import io.github.ormcheck.checker.transactions.BulkLoops;
import io.github.ormcheck.checker.transactions.Transactions;
import java.util.Optional;
import java.util.function.Supplier;
import javax.inject.Inject;

/**
 * {@code UnboundedLoopInTransaction}: inside a writing transaction, a loop or stream over an
 * unbounded query result that writes per element. Reported at the loop (the {@code for}, or the
 * call that starts the pipeline).
 */
@AutoService(BugChecker.class)
@BugPattern(
    name = "UnboundedLoopInTransaction",
    summary =
        "A writing transaction loops over an unbounded query result and writes per element: the"
            + " transaction, its locks and the persistence context grow with the table.",
    severity = WARNING,
    linkType = CUSTOM,
    link = "https://github.com/ormcheck/ormcheck/blob/main/docs/rules/UnboundedLoopInTransaction.md",
    tags = {"ormcheck", "transactions", "Performance"})
public final class UnboundedLoopInTransaction extends OrmCheck
    implements EnhancedForLoopTreeMatcher, ForLoopTreeMatcher, WhileLoopTreeMatcher, MethodInvocationTreeMatcher {
  /** Error Prone asks about every call: the compilation's helpers, looked up once. */
  private final PerCompilation<ElementLoops> loops = new PerCompilation<>(ElementLoops::instance);

  private final PerCompilation<Transactions> transactions = new PerCompilation<>(Transactions::instance);

  /** For ServiceLoader, which Error Prone uses to find plugin checks. */
  public UnboundedLoopInTransaction() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public UnboundedLoopInTransaction(ErrorProneFlags flags) {
    super(flags);
  }

  @Override
  public Description matchEnhancedForLoop(EnhancedForLoopTree tree, VisitorState state) {
    return check(() -> loops.get(state.context).of(tree), tree, state);
  }

  /** {@code for (int i = 0; i < orders.size(); i++)} over a list. */
  @Override
  public Description matchForLoop(ForLoopTree tree, VisitorState state) {
    return check(() -> loops.get(state.context).of(tree), tree, state);
  }

  /** {@code while (it.hasNext())} over {@code orders.iterator()}. */
  @Override
  public Description matchWhileLoop(WhileLoopTree tree, VisitorState state) {
    return check(() -> loops.get(state.context).of(tree, state.getPath(),
        new Origins(CheckSupport.model(state), state.context)::definitionOf), tree, state);
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    return check(() -> loops.get(state.context).of(tree, state.getPath())
        .filter(loop -> loop.anchor() == tree), tree, state);
  }

  /** Checks the loop {@code at} starts, if it is one; never throws into javac. */
  private Description check(Supplier<Optional<ElementLoop>> loopAt, Tree at, VisitorState state) {
    try {
      loopAt.get().ifPresent(loop -> check(loop, at, state));
    } catch (RuntimeException | LinkageError e) {
      CheckSupport.internalError(this, state, options, e);
    }
    return Description.NO_MATCH;
  }

  private void check(ElementLoop loop, Tree at, VisitorState state) {
    Optional<Transactions.Root> transaction = transactions.get(state.context).enclosing(state.getPath())
        .filter(root -> !root.attributes().readOnly() && root.attributes().alwaysTransactional());
    if (transaction.isEmpty()) {
      return;
    }
    BulkLoops bulk = new BulkLoops(state.context, new Origins(CheckSupport.model(state), state.context));
    Optional<String> source = bulk.unbounded(loop.source(), state.getPath());
    if (source.isEmpty()) {
      return;
    }
    Optional<String> write = bulk.firstWrite(loop, state.getPath());
    if (write.isEmpty()) {
      return;
    }
    CheckSupport.report(this, state, options, at,
        String.format(
            "%s loops over every row of %s and writes per element (%s) in one transaction: its"
                + " locks, undo log and persistence context grow with the table, and it fails or"
                + " times out as a whole. Process the rows in chunks (a Pageable or setMaxResults"
                + " loop), each chunk in its own transaction, or replace the loop by one bulk"
                + " update/delete query.",
            transaction.get().name(), source.get(), write.get()),
        Optional.empty(), symbol(source.get(), state));
  }

  private static String symbol(String source, VisitorState state) {
    MethodTree method = state.findEnclosing(MethodTree.class);
    Symbol owner = method == null ? null : ASTHelpers.getSymbol(method);
    return (owner == null ? "?" : owner.owner.getQualifiedName() + "#" + owner) + "/" + source;
  }
}

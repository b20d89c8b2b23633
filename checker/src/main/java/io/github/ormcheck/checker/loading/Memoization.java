package io.github.ormcheck.checker.loading;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import io.github.ormcheck.checker.javac.Expressions;
import io.github.ormcheck.checker.javac.Scans;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Memoized queries: code that looks a value up in a store of its own, runs the query only when
 * the store has none, and puts the result back.
 *
 * <pre>{@code
 * Tag tag = resolved.get(key);
 * if (tag == null) {
 *   tag = tags.findByName(key);
 *   resolved.put(key, tag);
 * }
 * }</pre>
 *
 * The query runs once per distinct key, not once per element, and the author has already done
 * what QueryInLoop would advise for repeated keys; with a store that outlives the loop (a cache)
 * it may not run at all. Recognized by shape, whatever the store's type (a {@code Map}, a cache, a
 * holder of per-transaction data): an {@code if} whose condition is {@code v == null} or {@code
 * v.isEmpty()}, where the statement just before it (or before its {@code else if} chain) reads
 * {@code v} from a store {@code s} ({@code v = s.get(key)}), or {@code !s.containsKey(key)}, and
 * whose then-branch calls {@code s} again with arguments (the write back). A query under such an
 * {@code if} runs on a miss only. Whether the keys repeat is the data's business; the code shows
 * that its author expects them to, and has batched what QueryInLoop would batch.
 */
public final class Memoization {
  private Memoization() {}

  /**
   * Whether the code at {@code path} runs only on a miss of a store, up to the innermost loop,
   * lambda or method around it: what a loop repeats is outside that boundary. A store made afresh
   * inside the boundary is empty every time, so it memoizes nothing.
   */
  public static boolean onMiss(TreePath path) {
    List<TreePath> guards = new ArrayList<>();
    Tree child = path.getLeaf();
    for (TreePath current = path.getParentPath(); current != null; child = current.getLeaf(), current = current.getParentPath()) {
      Tree leaf = current.getLeaf();
      if (isBoundary(leaf)) {
        return guards.stream().anyMatch(guard -> guardsMiss(guard, leaf));
      }
      if (leaf instanceof IfTree branch && branch.getThenStatement() == child) {
        guards.add(current);
      }
    }
    return false;
  }

  /**
   * Whether the {@code if} at {@code path} tests for a miss of a store its then-branch writes to,
   * a store not made afresh inside {@code repeated} (the code that runs once per element or per
   * call), which would start empty each time, nor a parameter of a called method, which its
   * caller may make afresh for each call.
   */
  public static boolean guardsMiss(TreePath path, Tree repeated) {
    if (!(path.getLeaf() instanceof IfTree branch)) {
      return false;
    }
    Optional<MethodInvocationTree> read = read(branch, path);
    Optional<Symbol> store = read.flatMap(Memoization::receiverOf);
    return store.isPresent()
        && writes(branch.getThenStatement(), store.get(), read.get())
        && !madeIn(store.get(), repeated)
        && !(repeated instanceof MethodTree method && method.getParameters().stream()
            .anyMatch(parameter -> TreeInfo.symbolFor((JCTree) parameter) == store.get()));
  }

  /** Whether {@code store} is a local declared in {@code repeated} with a {@code new} value. */
  private static boolean madeIn(Symbol store, Tree repeated) {
    return repeated != null && Scans.declaration(repeated, store)
        .filter(declaration -> declaration.getInitializer() != null
            && Expressions.strip(declaration.getInitializer()) instanceof NewClassTree)
        .isPresent();
  }

  private static boolean isBoundary(Tree leaf) {
    return leaf instanceof MethodTree || leaf instanceof ClassTree || leaf instanceof LambdaExpressionTree
        || leaf instanceof EnhancedForLoopTree || leaf instanceof ForLoopTree
        || leaf instanceof WhileLoopTree || leaf instanceof DoWhileLoopTree;
  }

  /** The read of the store an {@code if}'s condition asks about: {@code !s.containsKey(k)}, or {@code v == null} after {@code v = s.get(k)}. */
  private static Optional<MethodInvocationTree> read(IfTree branch, TreePath path) {
    ExpressionTree condition = Expressions.strip(branch.getCondition());
    if (condition instanceof UnaryTree not && not.getKind() == Tree.Kind.LOGICAL_COMPLEMENT) {
      return storeCall(Expressions.strip(not.getExpression()));
    }
    if (condition instanceof MethodInvocationTree empty && empty.getArguments().isEmpty()
        && empty.getMethodSelect() instanceof MemberSelectTree select
        && select.getIdentifier().contentEquals("isEmpty")
        && Expressions.strip(select.getExpression()) instanceof IdentifierTree holder) {
      // v.isEmpty() after v = s.get(k): a multimap's or a collection-valued store's miss.
      Symbol variable = TreeInfo.symbol((JCTree) holder);
      return variable == null ? Optional.empty() : readJustBefore(variable, path).flatMap(Memoization::storeCall);
    }
    if (!(condition instanceof BinaryTree test) || test.getKind() != Tree.Kind.EQUAL_TO) {
      return Optional.empty();
    }
    ExpressionTree left = Expressions.strip(test.getLeftOperand());
    ExpressionTree right = Expressions.strip(test.getRightOperand());
    ExpressionTree tested = left.getKind() == Tree.Kind.NULL_LITERAL ? right : left;
    if ((left.getKind() == Tree.Kind.NULL_LITERAL) == (right.getKind() == Tree.Kind.NULL_LITERAL)
        || !(tested instanceof IdentifierTree)) {
      return Optional.empty();
    }
    Symbol variable = TreeInfo.symbol((JCTree) tested);
    return variable == null ? Optional.empty() : readJustBefore(variable, path).flatMap(Memoization::storeCall);
  }

  /**
   * {@code v = s.get(k)} or {@code T v = s.get(k)}: the statement right before the {@code if} (or
   * before the first {@code if} of its {@code else if} chain).
   */
  private static Optional<ExpressionTree> readJustBefore(Symbol variable, TreePath ifPath) {
    TreePath first = ifPath;
    TreePath parent = first.getParentPath();
    while (parent != null && parent.getLeaf() instanceof IfTree outer && outer.getElseStatement() == first.getLeaf()) {
      first = parent;
      parent = parent.getParentPath();
    }
    if (parent == null || !(parent.getLeaf() instanceof BlockTree block)) {
      return Optional.empty();
    }
    List<? extends StatementTree> statements = block.getStatements();
    int index = statements.indexOf(first.getLeaf());
    if (index <= 0) {
      return Optional.empty();
    }
    StatementTree before = statements.get(index - 1);
    if (before instanceof VariableTree declaration
        && TreeInfo.symbolFor((JCTree) declaration) == variable && declaration.getInitializer() != null) {
      return Optional.of(Expressions.strip(declaration.getInitializer()));
    }
    if (before instanceof ExpressionStatementTree statement
        && statement.getExpression() instanceof AssignmentTree assignment
        && TreeInfo.symbol((JCTree) Expressions.strip(assignment.getVariable())) == variable) {
      return Optional.of(Expressions.strip(assignment.getExpression()));
    }
    return Optional.empty();
  }

  /** A call {@code s.m(..)} with arguments on a store {@code s}: a variable, or a field of this object. */
  private static Optional<MethodInvocationTree> storeCall(ExpressionTree expression) {
    return expression instanceof MethodInvocationTree call && receiverOf(call).isPresent()
        ? Optional.of(call)
        : Optional.empty();
  }

  /**
   * {@code s} of a call {@code s.m(..)} with arguments, when {@code s} is a variable or a field of
   * this object ({@code b.memo} belongs to each {@code b}: not one store).
   */
  private static Optional<Symbol> receiverOf(MethodInvocationTree call) {
    if (call.getArguments().isEmpty() || !(call.getMethodSelect() instanceof MemberSelectTree select)) {
      return Optional.empty();
    }
    ExpressionTree receiver = Expressions.strip(select.getExpression());
    boolean own = receiver instanceof IdentifierTree
        || receiver instanceof MemberSelectTree field && Expressions.strip(field.getExpression()) instanceof IdentifierTree self
            && self.getName().contentEquals("this");
    Symbol symbol = own ? TreeInfo.symbol((JCTree) receiver) : null;
    return symbol instanceof Symbol.VarSymbol ? Optional.of(symbol) : Optional.empty();
  }

  /**
   * Whether {@code branch} writes back to the store what {@code read} looked up: a call on the same
   * store with more arguments than the read (a value besides the key), among them every argument
   * of the read ({@code get(key)}, then {@code put(key, value)}).
   */
  private static boolean writes(StatementTree branch, Symbol store, MethodInvocationTree read) {
    return Scans.anyCallRunHere(branch, call -> receiverOf(call).filter(symbol -> symbol == store).isPresent()
        && call.getArguments().size() > read.getArguments().size()
        && read.getArguments().stream().allMatch(key -> call.getArguments().stream().anyMatch(argument -> same(key, argument))));
  }

  /** The same variable, or the same constant or expression text. */
  private static boolean same(ExpressionTree a, ExpressionTree b) {
    ExpressionTree left = Expressions.strip(a);
    ExpressionTree right = Expressions.strip(b);
    Symbol leftSymbol = left instanceof IdentifierTree || left instanceof MemberSelectTree ? TreeInfo.symbol((JCTree) left) : null;
    if (leftSymbol != null) {
      return leftSymbol == TreeInfo.symbol((JCTree) right);
    }
    return left.toString().equals(right.toString());
  }
}

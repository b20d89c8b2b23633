package io.github.ormcheck.checker.javac;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import java.util.Optional;
import java.util.function.Predicate;

/** Searches of a tree: for a call or an assignment, stopping at the first that matches, or a declaration. */
public final class Scans {
  private Scans() {}

  /** Whether any call under {@code root}, lambdas and nested classes included, matches {@code test}. */
  public static boolean anyCall(Tree root, Predicate<MethodInvocationTree> test) {
    return search(root, test, true);
  }

  /**
   * Whether a call under {@code root} that runs when {@code root} runs matches {@code test}: not
   * in a lambda or a class declared there, which run when someone calls them.
   */
  public static boolean anyCallRunHere(Tree root, Predicate<MethodInvocationTree> test) {
    return search(root, test, false);
  }

  /** Whether {@code root} assigns ({@code =}, {@code +=}, {@code ++}...) a variable that {@code test} accepts. */
  public static boolean anyAssignment(Tree root, Predicate<Symbol> test) {
    Boolean found = new TreeScanner<Boolean, Void>() {
      @Override
      public Boolean visitAssignment(AssignmentTree tree, Void unused) {
        return assigns(tree.getVariable()) || Boolean.TRUE.equals(super.visitAssignment(tree, unused));
      }

      @Override
      public Boolean visitCompoundAssignment(CompoundAssignmentTree tree, Void unused) {
        return assigns(tree.getVariable()) || Boolean.TRUE.equals(super.visitCompoundAssignment(tree, unused));
      }

      @Override
      public Boolean visitUnary(UnaryTree tree, Void unused) {
        return assigns(tree.getExpression()) || Boolean.TRUE.equals(super.visitUnary(tree, unused));
      }

      private boolean assigns(ExpressionTree variable) {
        Symbol symbol = TreeInfo.symbol((JCTree) variable);
        return symbol != null && test.test(symbol);
      }

      @Override
      public Boolean reduce(Boolean a, Boolean b) {
        return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
      }
    }.scan(root, null);
    return Boolean.TRUE.equals(found);
  }

  /** The declaration of {@code variable} under {@code root}, if it is declared there. */
  public static Optional<VariableTree> declaration(Tree root, Symbol variable) {
    VariableTree[] found = new VariableTree[1];
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree tree, Void unused) {
        if (TreeInfo.symbolFor((JCTree) tree) == variable) {
          found[0] = tree;
        }
        return super.visitVariable(tree, unused);
      }
    }.scan(root, null);
    return Optional.ofNullable(found[0]);
  }

  private static boolean search(Tree root, Predicate<MethodInvocationTree> test, boolean deferred) {
    Boolean found = new TreeScanner<Boolean, Void>() {
      @Override
      public Boolean visitMethodInvocation(MethodInvocationTree call, Void unused) {
        return test.test(call) || Boolean.TRUE.equals(super.visitMethodInvocation(call, unused));
      }

      @Override
      public Boolean visitLambdaExpression(LambdaExpressionTree lambda, Void unused) {
        return deferred && Boolean.TRUE.equals(super.visitLambdaExpression(lambda, unused));
      }

      @Override
      public Boolean visitClass(ClassTree type, Void unused) {
        return deferred && Boolean.TRUE.equals(super.visitClass(type, unused));
      }

      @Override
      public Boolean reduce(Boolean a, Boolean b) {
        return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
      }
    }.scan(root, null);
    return Boolean.TRUE.equals(found);
  }
}

package io.github.ormcheck.checker.javac;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import java.util.Optional;

/** Small questions about method calls that several analyses ask. */
public final class Calls {
  private Calls() {}

  /** {@code m()} or {@code this.m()}: a call on the object itself, which no proxy sees. */
  public static boolean throughThis(MethodInvocationTree call) {
    return call.getMethodSelect() instanceof IdentifierTree
        || call.getMethodSelect() instanceof MemberSelectTree select
            && select.getExpression() instanceof IdentifierTree receiver
            && receiver.getName().contentEquals("this");
  }

  /** Which parameter of {@code method} an expression is, as it stands ({@code (Order) o} is {@code o}). */
  public static Optional<Integer> parameterIndex(ExpressionTree expression, Symbol.MethodSymbol method) {
    int index = method.getParameters().indexOf(TreeInfo.symbol((JCTree) Expressions.strip(expression)));
    return index < 0 ? Optional.empty() : Optional.of(index);
  }

  /**
   * What a method returns when its body, in this compilation, is one {@code return} statement
   * ({@code return id;}, {@code return builder.getTenant();}), without parentheses or casts.
   */
  public static Optional<ExpressionTree> returned(JavacTrees trees, Symbol.MethodSymbol method) {
    JCTree.JCMethodDecl declaration = trees.getTree(method);
    if (declaration == null || declaration.body == null || declaration.body.stats.size() != 1
        || !(declaration.body.stats.head instanceof JCTree.JCReturn result) || result.expr == null) {
      return Optional.empty();
    }
    return Optional.of(Expressions.strip(result.expr));
  }
}

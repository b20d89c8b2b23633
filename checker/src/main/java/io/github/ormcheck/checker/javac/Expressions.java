package io.github.ormcheck.checker.javac;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.TypeCastTree;
import com.sun.tools.javac.tree.JCTree;

/** Small questions about expression trees that several analyses ask. */
public final class Expressions {
  private Expressions() {}

  /**
   * The compile-time constant text of a call's first argument (a query string: a literal, a
   * constant, a constant concatenation, a text block), or empty.
   */
  public static java.util.Optional<String> leadingText(MethodInvocationTree call) {
    if (call.getArguments().isEmpty() || ((JCTree) call.getArguments().get(0)).type == null) {
      return java.util.Optional.empty();
    }
    return ((JCTree) call.getArguments().get(0)).type.constValue() instanceof String text
        ? java.util.Optional.of(text)
        : java.util.Optional.empty();
  }

  /** The expression inside any parentheses and casts: {@code ((Order) o)} is {@code o}. */
  public static ExpressionTree strip(ExpressionTree tree) {
    ExpressionTree current = tree;
    while (current instanceof ParenthesizedTree || current instanceof TypeCastTree) {
      current = current instanceof ParenthesizedTree parenthesized
          ? parenthesized.getExpression()
          : ((TypeCastTree) current).getExpression();
    }
    return current;
  }
}

package io.github.ormcheck.checker.javac;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.TypeCastTree;

/** Small questions about expression trees that several analyses ask. */
public final class Expressions {
  private Expressions() {}

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

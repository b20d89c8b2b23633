package io.github.ormcheck.checker.javac;

import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;

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
}

package io.github.ormcheck.checker.transactions;

import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import com.sun.tools.javac.tree.TreeScanner;
import com.sun.tools.javac.util.Context;
import io.github.ormcheck.checker.javac.CompilationScope;
import io.github.ormcheck.checker.javac.Implementations;
import io.github.ormcheck.checker.model.EntityModel;
import java.util.Optional;

/**
 * Whether a method may do work that a transaction changes, as far as this compilation shows. A
 * method that only computes (a getter, a switch over an enum, string formatting) runs the same
 * with or without a transaction around it; one that calls the database through any API, or calls
 * an entity's methods (which may load a lazy association), does not.
 *
 * <p>The answer is "no access" only when every call in the method's body, its lambdas and its
 * local classes (not code it hands to another thread) is known to be harmless: a JDK method, other
 * than JDBC, reflection, method handles and a functional interface's method (which runs code the
 * analysis does not see); or a method of this compilation whose body, followed up to {@link
 * Transactions#MAX_DEPTH} calls deep, is harmless too. A call of any library method, of an
 * abstract method without a sole implementation here, or of any instance method on an entity,
 * mapped superclass or embeddable (its own or {@code Object}'s, on what may be a proxy), or on an
 * association read from such a class's field, may access data. When the analysis cannot tell, the
 * answer is that it may.
 */
public final class DataAccess {
  private static final Context.Key<DataAccess> KEY = new Context.Key<>();
  /** JDK packages whose methods reach a database or run code that cannot be seen from the call. */
  private static final java.util.List<String> JDK_UNKNOWN = java.util.List.of(
      "java.sql.", "java.lang.reflect.", "java.lang.invoke.");

  private final Transactions transactions;
  private final Implementations implementations;
  private final EntityModel model;
  private final JavacTrees trees;
  private final Types types;
  private final CallSearch<String> search;

  private DataAccess(Context context) {
    this.transactions = Transactions.instance(context);
    this.implementations = transactions.implementations();
    this.model = CompilationScope.entityModel(context);
    this.trees = JavacTrees.instance(context);
    this.types = Types.instance(context);
    this.search = new CallSearch<>(transactions, "data-access");
  }

  public static DataAccess instance(Context context) {
    return CompilationScope.instance(context, KEY, DataAccess::new);
  }

  /**
   * The first call in {@code method}'s body (or below it) that may access data, named as {@code
   * Owner.method}; empty when the method, as far as the compilation shows, only computes.
   */
  public Optional<String> first(Symbol.MethodSymbol method) {
    return inBody(method, Transactions.MAX_DEPTH);
  }

  /**
   * Whether {@code method} only computes: {@link #first} finds no data access, and its body is
   * more than a stub. An empty body, or one that returns a literal, stands in for code that is not
   * written yet or not shown (a test's, a generated class's), so it is not taken for computing.
   */
  public boolean onlyComputes(Symbol.MethodSymbol method) {
    JCTree.JCMethodDecl declaration = trees.getTree(method);
    if (declaration == null || declaration.body == null || declaration.body.stats.isEmpty()
        || declaration.body.stats.size() == 1 && declaration.body.stats.head instanceof JCTree.JCReturn result
            && (result.expr == null || result.expr instanceof JCTree.JCLiteral)) {
      return false;
    }
    return first(method).isEmpty();
  }

  private Optional<String> inBody(Symbol.MethodSymbol method, int depth) {
    return search.answer(method, depth, () -> {
      JCTree.JCMethodDecl declaration = trees.getTree(method);
      if (declaration == null || declaration.body == null) {
        return Optional.of(display(method)); // no body to read: abstract, native, or not here
      }
      Finder finder = new Finder(depth);
      finder.scan(declaration.body);
      return Optional.ofNullable(finder.found);
    });
  }

  /** What a call of {@code callee} may do; {@code receiver} is the expression it is called on, if any. */
  private Optional<String> ofCall(Symbol.MethodSymbol callee, JCTree.JCExpression receiver, int depth) {
    Symbol.ClassSymbol owner = callee.enclClass();
    if (owner == null) {
      return Optional.of(display(callee));
    }
    if (!callee.isStatic() && !callee.isConstructor()
        && (managed(owner) || receiver != null && (ofManagedType(receiver) || isFieldOfManagedType(receiver)))) {
      // An entity's method, even Object's on a proxy, or a call on an association read from an
      // entity's field (order.lines.size()): it may load a lazy association.
      return Optional.of(display(callee));
    }
    String ownerName = owner.getQualifiedName().toString();
    if (ownerName.startsWith("java.")) {
      boolean unknownCode = JDK_UNKNOWN.stream().anyMatch(ownerName::startsWith)
          || (callee.flags() & Flags.ABSTRACT) != 0 && owner.isInterface() && types.isFunctionalInterface(owner);
      return unknownCode ? Optional.of(display(callee)) : Optional.empty();
    }
    Optional<Symbol.MethodSymbol> runs = implementations.runsHere(callee);
    if (runs.isEmpty() || depth == 0) {
      return Optional.of(display(callee));
    }
    return inBody(runs.get(), depth - 1);
  }

  private boolean managed(Symbol.ClassSymbol type) {
    return model.managedType(type).isPresent();
  }

  private boolean ofManagedType(JCTree.JCExpression expression) {
    return model.managedType(expression.type).isPresent();
  }

  private boolean isFieldOfManagedType(JCTree.JCExpression expression) {
    return TreeInfo.symbol(expression) instanceof Symbol.VarSymbol field
        && field.owner instanceof Symbol.ClassSymbol holder && managed(holder);
  }

  private static String display(Symbol.MethodSymbol method) {
    Symbol.ClassSymbol owner = method.enclClass();
    return (owner == null ? "?" : owner.getSimpleName().toString()) + "." + method.getSimpleName();
  }

  /** Scans one body for the first call that may access data; stops looking once it has one. */
  private final class Finder extends TreeScanner {
    private final int depth;
    private String found;

    Finder(int depth) {
      this.depth = depth;
    }

    @Override
    public void scan(JCTree tree) {
      if (found == null) {
        super.scan(tree);
      }
    }

    @Override
    public void visitApply(JCTree.JCMethodInvocation invocation) {
      if (TreeInfo.symbol(invocation.meth) instanceof Symbol.MethodSymbol callee) {
        JCTree.JCExpression receiver = invocation.meth instanceof JCTree.JCFieldAccess select ? select.selected : null;
        note(ofCall(callee, receiver, depth));
      } else {
        found = "an unresolved call";
      }
      scan(invocation.meth);
      for (JCTree.JCExpression argument : invocation.args) {
        if (!transactions.isHandoff(invocation, argument)) {
          scan(argument); // code handed to another thread runs outside this transaction anyway
        }
      }
    }

    @Override
    public void visitReference(JCTree.JCMemberReference reference) {
      if (reference.sym instanceof Symbol.MethodSymbol callee) {
        boolean unbound = TreeInfo.symbol(reference.expr) instanceof Symbol.TypeSymbol;
        note(ofCall(callee, unbound ? null : reference.expr, depth));
      } else {
        found = "an unresolved method reference";
      }
      super.visitReference(reference);
    }

    @Override
    public void visitNewClass(JCTree.JCNewClass creation) {
      if (transactions.isThread(creation)) {
        return; // new Thread(...) runs its body elsewhere
      }
      if (creation.constructor instanceof Symbol.MethodSymbol constructor) {
        note(ofCall(constructor, null, depth));
      } else {
        found = "an unresolved constructor";
      }
      super.visitNewClass(creation);
    }

    private void note(Optional<String> access) {
      if (found == null && access.isPresent()) {
        found = access.get();
      }
    }
  }
}

package io.github.ormcheck.checker.loading;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import com.sun.tools.javac.util.Context;
import io.github.ormcheck.checker.javac.CompilationScope;
import io.github.ormcheck.checker.javac.Expressions;
import io.github.ormcheck.checker.javac.Implementations;
import io.github.ormcheck.checker.model.EntityModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.type.TypeKind;

/**
 * What a called method returns, for origins traced through it: the expression of its only
 * {@code return}, the last statement of the method that the call runs ({@link
 * Implementations#runsHere}: a helper, a DAO's query method, the only implementation of an
 * interface method; not a method that a class of the compilation overrides). Kept per method for
 * the compilation: finding a method's tree scans its compilation unit.
 */
final class ReturnedValues {
  /** The returned expression and the path to its return statement, for local definitions. */
  record Returned(ExpressionTree expression, TreePath where) {}

  private static final Context.Key<ReturnedValues> KEY = new Context.Key<>();

  private final JavacTrees trees;
  private final Implementations implementations;
  private final EntityModel model;
  private final Map<Symbol.MethodSymbol, Optional<Returned>> known = new HashMap<>();

  private ReturnedValues(Context context) {
    this.trees = JavacTrees.instance(context);
    this.implementations = Implementations.instance(context);
    this.model = CompilationScope.entityModel(context);
  }

  static ReturnedValues instance(Context context) {
    return CompilationScope.instance(context, KEY, ReturnedValues::new);
  }

  Optional<Returned> of(Symbol.MethodSymbol called) {
    Optional<Returned> answer = known.get(called);
    if (answer == null) {
      answer = read(called);
      known.put(called, answer);
    }
    return answer;
  }

  private Optional<Returned> read(Symbol.MethodSymbol called) {
    if (called.getReturnType().getKind() == TypeKind.VOID || called.isConstructor()
        || called.enclClass() != null && model.attributeForGetter(called.enclClass().type, called).isPresent()) {
      return Optional.empty(); // an entity's getter returns what its field holds, no origin
    }
    Optional<Symbol.MethodSymbol> runs = implementations.runsHere(called);
    if (runs.isEmpty()) {
      return Optional.empty();
    }
    TreePath path = trees.getPath(runs.get());
    if (path == null || !(path.getLeaf() instanceof MethodTree tree) || tree.getBody() == null) {
      return Optional.empty();
    }
    List<? extends StatementTree> statements = tree.getBody().getStatements();
    if (statements.isEmpty() || !(statements.get(statements.size() - 1) instanceof ReturnTree last)
        || last.getExpression() == null || countReturns(tree) != 1) {
      return Optional.empty();
    }
    ExpressionTree expression = last.getExpression();
    if (Expressions.strip(expression) instanceof IdentifierTree variable
        && usedBeforeReturn(TreeInfo.symbol((JCTree) variable), statements.subList(0, statements.size() - 1))) {
      // orders.forEach(o -> Hibernate.initialize(o.getLines())); return orders; or a second
      // query that fetches into the same entities: what the query loaded is not all they hold.
      return Optional.empty();
    }
    return Optional.of(new Returned(expression, new TreePath(path, last)));
  }

  /** Whether a statement before the return reads the variable (other than by assigning it). */
  private static boolean usedBeforeReturn(Symbol variable, List<? extends StatementTree> statements) {
    if (variable == null) {
      return false;
    }
    boolean[] used = new boolean[1];
    TreeScanner<Void, Void> scanner = new TreeScanner<>() {
      @Override
      public Void visitAssignment(AssignmentTree tree, Void unused) {
        if (TreeInfo.symbol((JCTree) tree.getVariable()) == variable) {
          return scan(tree.getExpression(), null);
        }
        return super.visitAssignment(tree, null);
      }

      @Override
      public Void visitIdentifier(IdentifierTree tree, Void unused) {
        if (TreeInfo.symbol((JCTree) tree) == variable) {
          used[0] = true;
        }
        return null;
      }
    };
    for (StatementTree statement : statements) {
      scanner.scan(statement, null);
    }
    return used[0];
  }

  private static long countReturns(MethodTree method) {
    long[] count = new long[1];
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitReturn(ReturnTree tree, Void unused) {
        count[0]++;
        return null;
      }

      @Override
      public Void visitLambdaExpression(com.sun.source.tree.LambdaExpressionTree tree, Void unused) {
        return null;
      }

      @Override
      public Void visitClass(com.sun.source.tree.ClassTree tree, Void unused) {
        return null;
      }
    }.scan(method.getBody(), null);
    return count[0];
  }
}

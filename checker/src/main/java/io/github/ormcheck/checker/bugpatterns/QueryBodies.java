package io.github.ormcheck.checker.bugpatterns;

import com.google.common.collect.ImmutableSet;
import com.google.errorprone.VisitorState;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import io.github.ormcheck.checker.loading.Origin;
import io.github.ormcheck.checker.loading.Origins;
import io.github.ormcheck.checker.model.EntityModel;
import io.github.ormcheck.checker.model.ManagedType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a method with a body loads, when that body returns the result of one readable query
 * ({@code return em.createQuery("...", Order.class).getResultList();}, through locals too).
 */
final class QueryBodies {
  private QueryBodies() {}

  static Optional<ImmutableSet<String>> loaded(
      MethodTree method, ManagedType root, EntityModel model, VisitorState state) {
    if (method.getBody() == null) {
      return Optional.empty();
    }
    List<ReturnTree> returns = new ArrayList<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitReturn(ReturnTree tree, Void unused) {
        returns.add(tree);
        return null;
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
        return null;
      }

      @Override
      public Void visitClass(ClassTree tree, Void unused) {
        return null;
      }
    }.scan(method.getBody(), null);
    if (returns.size() != 1 || returns.get(0).getExpression() == null) {
      return Optional.empty();
    }
    TreePath where = TreePath.getPath(state.getPath(), returns.get(0));
    if (where == null) {
      return Optional.empty();
    }
    Origins origins = new Origins(model, state.context);
    Optional<Origin> origin =
        origins.ofElements(returns.get(0).getExpression(), where)
            .or(() -> origins.ofEntity(returns.get(0).getExpression(), where, 0));
    return origin
        .filter(found -> found.entity().element().equals(root.element()))
        .map(Origin::fetched);
  }
}

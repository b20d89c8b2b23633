package io.github.ormcheck.checker.loading;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import io.github.ormcheck.checker.javac.Expressions;
import io.github.ormcheck.checker.model.AttributeKind;
import io.github.ormcheck.checker.model.EntityModel;
import java.util.Optional;

/**
 * Whether a primary key handed to a lookup by id was read off an entity the code holds: {@code
 * find(order.getId())}, {@code Long id = order.getId(); find(id)}, or {@code
 * orders.stream().map(Order::getId).forEach(id -> find(id))}. The persistence context answers such
 * a lookup without SQL while it manages the entity; and if it does not, the code reloads what it
 * already has, which is not the 1 + N that QueryInLoop reports. An id getter is known by the
 * entity model (the getter of the {@code @Id} attribute), not by its name.
 */
public final class HeldIds {
  private static final int MAX_STEPS = 4;

  private final EntityModel model;
  private final Origins origins;

  public HeldIds(EntityModel model, Origins origins) {
    this.model = model;
    this.origins = origins;
  }

  public boolean held(ExpressionTree id, TreePath where) {
    ExpressionTree current = Expressions.strip(id);
    for (int step = 0; step < MAX_STEPS; step++) {
      if (current instanceof MethodInvocationTree call) {
        return call.getArguments().isEmpty()
            && call.getMethodSelect() instanceof MemberSelectTree select
            && isIdGetter(((JCTree) select.getExpression()).type, TreeInfo.symbol((JCTree) select));
      }
      if (!(current instanceof IdentifierTree)) {
        return false;
      }
      Optional<ExpressionTree> definition = origins.definitionOf(current, where);
      if (definition.isPresent()) {
        current = Expressions.strip(definition.get());
        continue;
      }
      return idsOfAStream(TreeInfo.symbol((JCTree) current), where);
    }
    return false;
  }

  /** A parameter of a stage lambda over {@code ....map(Order::getId)} or {@code map(o -> o.getId())}. */
  private boolean idsOfAStream(Symbol parameter, TreePath where) {
    if (parameter == null) {
      return false;
    }
    for (TreePath path = where; path != null; path = path.getParentPath()) {
      if (!(path.getLeaf() instanceof LambdaExpressionTree lambda)) {
        continue;
      }
      boolean declares = lambda.getParameters().stream()
          .map(VariableTree.class::cast)
          .anyMatch(variable -> TreeInfo.symbolFor((JCTree) variable) == parameter);
      if (!declares) {
        continue;
      }
      TreePath stage = path.getParentPath();
      return stage != null
          && stage.getLeaf() instanceof MethodInvocationTree call
          && call.getMethodSelect() instanceof MemberSelectTree select
          && mapsToIds(Expressions.strip(select.getExpression()));
    }
    return false;
  }

  private boolean mapsToIds(ExpressionTree stream) {
    if (!(stream instanceof MethodInvocationTree map)
        || !(map.getMethodSelect() instanceof MemberSelectTree select)
        || !select.getIdentifier().contentEquals("map")
        || map.getArguments().size() != 1) {
      return false;
    }
    ExpressionTree function = Expressions.strip(map.getArguments().get(0));
    if (function instanceof MemberReferenceTree reference) {
      Symbol method = TreeInfo.symbol((JCTree) reference);
      return method != null && isIdGetter(method.owner.type, method);
    }
    if (function instanceof LambdaExpressionTree lambda
        && lambda.getBody() instanceof MethodInvocationTree call
        && call.getArguments().isEmpty()
        && call.getMethodSelect() instanceof MemberSelectTree getter
        && lambda.getParameters().size() == 1
        && Expressions.strip(getter.getExpression()) instanceof IdentifierTree receiver
        && TreeInfo.symbol((JCTree) receiver) == TreeInfo.symbolFor((JCTree) lambda.getParameters().get(0))) {
      return isIdGetter(((JCTree) receiver).type, TreeInfo.symbol((JCTree) getter));
    }
    return false;
  }

  private boolean isIdGetter(Type owner, Symbol method) {
    return owner != null && method instanceof Symbol.MethodSymbol getter
        && model.attributeForGetter(owner, getter).filter(a -> a.kind() == AttributeKind.ID).isPresent();
  }
}

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
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import com.sun.tools.javac.util.Context;
import io.github.ormcheck.checker.javac.CompilationScope;
import io.github.ormcheck.checker.javac.Expressions;
import io.github.ormcheck.checker.model.AttributeKind;
import io.github.ormcheck.checker.model.EntityModel;
import java.util.Optional;

/**
 * Whether a lookup by id is of an entity the code holds: the key was read off a variable that
 * holds an entity of the looked-up type, {@code find(Order.class, order.getId())}, {@code Long id
 * = order.getId(); find(Order.class, id)}, or {@code orders.stream().map(Order::getId).forEach(id
 * -> find(Order.class, id))}. The persistence context answers such a lookup without SQL while it
 * manages the entity; and if it does not, the code reloads what it already has, which is not the
 * 1 + N that QueryInLoop reports. An id getter is known by the entity model (the getter of the
 * {@code @Id} attribute), not by its name. Not held: the id of an association's proxy ({@code
 * line.getProduct().getId()}: the context holds only the proxy, and the lookup loads it), and the
 * id of another entity type (a shared primary key).
 */
public final class HeldIds {
  private static final int MAX_STEPS = 4;
  private static final Context.Key<HeldIds> KEY = new Context.Key<>();

  private final EntityModel model;
  private final Origins origins;
  private final Types types;

  private HeldIds(Context context) {
    this.model = CompilationScope.entityModel(context);
    this.origins = new Origins(model, context);
    this.types = Types.instance(context);
  }

  public static HeldIds instance(Context context) {
    return CompilationScope.instance(context, KEY, HeldIds::new);
  }

  public boolean held(QueryCalls.Lookup lookup, TreePath where) {
    Type entity = lookup.entity();
    ExpressionTree current = Expressions.strip(lookup.id());
    for (int step = 0; step < MAX_STEPS; step++) {
      if (current instanceof MethodInvocationTree call) {
        return idHolder(call, entity).isPresent();
      }
      if (!(current instanceof IdentifierTree)) {
        return false;
      }
      Optional<ExpressionTree> definition = origins.definitionOf(current, where);
      if (definition.isPresent()) {
        current = Expressions.strip(definition.get());
        continue;
      }
      return idsOfAStream(TreeInfo.symbol((JCTree) current), where, entity);
    }
    return false;
  }

  /** A parameter of a stage lambda over {@code ....map(Order::getId)} or {@code map(o -> o.getId())}. */
  private boolean idsOfAStream(Symbol parameter, TreePath where, Type entity) {
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
          && mapsToIds(Expressions.strip(select.getExpression()), entity);
    }
    return false;
  }

  private boolean mapsToIds(ExpressionTree stream, Type entity) {
    if (!(stream instanceof MethodInvocationTree map)
        || !(map.getMethodSelect() instanceof MemberSelectTree select)
        || !select.getIdentifier().contentEquals("map")
        || map.getArguments().size() != 1) {
      return false;
    }
    ExpressionTree function = Expressions.strip(map.getArguments().get(0));
    if (function instanceof MemberReferenceTree reference) {
      Symbol method = TreeInfo.symbol((JCTree) reference);
      return method != null && isIdGetter(method.owner.type, method, entity);
    }
    return function instanceof LambdaExpressionTree lambda
        && lambda.getParameters().size() == 1
        && lambda.getBody() instanceof MethodInvocationTree call
        && idHolder(call, entity).filter(holder -> holder == TreeInfo.symbolFor((JCTree) lambda.getParameters().get(0))).isPresent();
  }

  /** {@code order.getId()}: the variable whose entity's id a call reads, if it is one of the looked-up type. */
  private Optional<Symbol> idHolder(MethodInvocationTree call, Type entity) {
    return call.getArguments().isEmpty()
            && call.getMethodSelect() instanceof MemberSelectTree select
            && Expressions.strip(select.getExpression()) instanceof IdentifierTree holder
            && isIdGetter(((JCTree) holder).type, TreeInfo.symbol((JCTree) select), entity)
        ? Optional.ofNullable(TreeInfo.symbol((JCTree) holder))
        : Optional.empty();
  }

  /** The {@code @Id} getter of an entity of the looked-up type (or a subtype: the same row). */
  private boolean isIdGetter(Type owner, Symbol method, Type entity) {
    return owner != null && method instanceof Symbol.MethodSymbol getter
        && types.isSubtype(types.erasure(owner), types.erasure(entity))
        && model.attributeForGetter(owner, getter).filter(a -> a.kind() == AttributeKind.ID).isPresent();
  }
}

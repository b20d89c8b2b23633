package io.github.ormcheck.checker.loading;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import com.sun.tools.javac.util.Context;
import io.github.ormcheck.checker.javac.Calls;
import io.github.ormcheck.checker.javac.CompilationScope;
import io.github.ormcheck.checker.javac.Expressions;
import io.github.ormcheck.checker.javac.Implementations;
import io.github.ormcheck.checker.javac.KnownTypes;
import io.github.ormcheck.checker.model.AttributeKind;
import io.github.ormcheck.checker.model.EntityModel;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;

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
  private static final Set<String> KEEPING_COLLECTORS =
      Set.of("toList", "toSet", "toUnmodifiableList", "toUnmodifiableSet");
  private static final Context.Key<HeldIds> KEY = new Context.Key<>();

  private final EntityModel model;
  private final Origins origins;
  private final Types types;
  private final JavacTrees trees;
  private final Implementations implementations;
  private final KnownTypes known;

  private HeldIds(Context context) {
    this.model = CompilationScope.entityModel(context);
    this.origins = new Origins(model, context);
    this.types = Types.instance(context);
    this.trees = JavacTrees.instance(context);
    this.implementations = Implementations.instance(context);
    this.known = KnownTypes.instance(context);
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
    stream = beforeKeptElements(stream);
    if (!(stream instanceof MethodInvocationTree map)
        || !(map.getMethodSelect() instanceof MemberSelectTree select)
        || !select.getIdentifier().contentEquals("map")
        || map.getArguments().size() != 1) {
      return false;
    }
    ExpressionTree function = Expressions.strip(map.getArguments().get(0));
    if (function instanceof MemberReferenceTree reference) {
      Symbol method = TreeInfo.symbol((JCTree) reference);
      Type holder = ((JCTree) reference.getQualifierExpression()).type;
      return method != null && isIdGetter(holder != null ? holder : method.owner.type, method, entity);
    }
    return function instanceof LambdaExpressionTree lambda
        && lambda.getParameters().size() == 1
        && lambda.getBody() instanceof MethodInvocationTree call
        && idHolder(call, entity).filter(holder -> holder == TreeInfo.symbolFor((JCTree) lambda.getParameters().get(0))).isPresent();
  }

  /**
   * The stream before the stages that hand on some of its elements unchanged: {@code
   * map(Task::getKey).distinct().collect(toSet()).forEach(..)} iterates the mapped keys.
   */
  private ExpressionTree beforeKeptElements(ExpressionTree expression) {
    ExpressionTree current = expression;
    for (int step = 0; step < MAX_STEPS * 2; step++) {
      if (!(current instanceof MethodInvocationTree call)
          || !(call.getMethodSelect() instanceof MemberSelectTree select)
          || !keepsElements(call, select.getIdentifier().toString())) {
        return current;
      }
      current = Expressions.strip(select.getExpression());
    }
    return current;
  }

  private boolean keepsElements(MethodInvocationTree call, String name) {
    Type result = ((JCTree) call).type;
    boolean collection = known.isSubtype(result, "java.util.Collection");
    if (!collection && !known.isSubtype(result, "java.util.stream.Stream")) {
      return false;
    }
    return switch (name) {
      case "filter", "distinct", "sorted", "peek", "limit", "skip", "stream", "toList" -> true;
      case "collect" -> collection && call.getArguments().size() == 1
          && Expressions.strip(call.getArguments().get(0)) instanceof MethodInvocationTree collector
          && KEEPING_COLLECTORS.contains(TreeInfo.name((JCTree.JCExpression) collector.getMethodSelect()).toString());
      default -> false;
    };
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

  /**
   * Whether {@code method}, called on a value of type {@code holder}, reads the id of an entity of
   * the looked-up type (or a subtype: the same row). A type variable or a captured wildcard holds
   * what its bound holds. A holder typed by an interface or an abstract class that is no entity
   * ({@code Task::getKey}, with {@code Task} implemented by entities) holds one of the classes that
   * implement it: each of the compilation's must be an entity of the looked-up type whose
   * implementation of the method reads its id, and there must be one. What the compilation cannot
   * see keeps the lookup a query: a functional interface (a lambda may implement it), a JDK type
   * ({@code Principal}: the JDK implements it), and a type of the class path that the lookup does
   * not name itself ({@code find(Account.class, userDetails.getUsername())}: the library may
   * implement it too). Anonymous classes are not in javac's class table, a known limit.
   */
  private boolean isIdGetter(Type holder, Symbol method, Type entity) {
    if (holder == null || !(method instanceof Symbol.MethodSymbol getter) || !getter.getParameters().isEmpty()) {
      return false;
    }
    Type erased = types.erasure(holder);
    if (!(erased.tsym instanceof Symbol.ClassSymbol holderClass)) {
      return false;
    }
    Type looked = types.erasure(entity);
    if (model.managedType(erased).isPresent()) {
      return types.isSubtype(erased, looked) && readsId(holderClass, getter);
    }
    if ((holderClass.flags() & (Flags.INTERFACE | Flags.ABSTRACT)) == 0
        || types.isFunctionalInterface(holderClass)
        || holderClass.packge().getQualifiedName().toString().matches("javax?\\..*")
        || trees.getTree(holderClass) == null && !types.isSubtype(erased, looked)) {
      return false;
    }
    List<Symbol.ClassSymbol> classes = implementations.concreteSubclasses(holderClass);
    return !classes.isEmpty()
        && classes.stream().allMatch(type -> types.isSubtype(types.erasure(type.type), looked)
            && readsId(type, getter.implementation(type, types, true)));
  }

  /**
   * The {@code @Id} getter of a managed class: by its property name ({@code getId} of {@code id}),
   * or, with its body in this compilation, one that returns the id field ({@code String getKey() {
   * return id; }}).
   */
  private boolean readsId(Symbol.ClassSymbol type, Symbol.MethodSymbol getter) {
    if (getter == null) {
      return false;
    }
    if (model.attributeForGetter(type.type, getter).filter(a -> a.kind() == AttributeKind.ID).isPresent()) {
      return true;
    }
    Optional<ExpressionTree> body = Calls.returned(trees, getter);
    if (body.isEmpty()) {
      return false;
    }
    ExpressionTree returned = body.get();
    boolean ownField = returned instanceof IdentifierTree
        || returned instanceof MemberSelectTree select
            && Expressions.strip(select.getExpression()) instanceof IdentifierTree self
            && self.getName().contentEquals("this");
    Symbol field = TreeInfo.symbol((JCTree) returned);
    return ownField && field != null && field.getKind() == ElementKind.FIELD
        && model.managedType(type.type).stream()
            .flatMap(managed -> managed.attributes().values().stream())
            .anyMatch(attribute -> attribute.kind() == AttributeKind.ID && attribute.element() == field);
  }
}

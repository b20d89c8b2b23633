package io.github.ormcheck.checker.loading;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.tree.JCTree;
import io.github.ormcheck.checker.javac.Expressions;
import io.github.ormcheck.checker.javac.NameSet;
import io.github.ormcheck.checker.model.EntityModel;
import io.github.ormcheck.checker.model.ManagedType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Criteria API fetches within one method body: {@code root.fetch("lineItems")}, chains {@code
 * root.fetch("lineItems").fetch("discounts")}, and fetches through local variables ({@code
 * Fetch<Order, Line> li = root.fetch("lineItems"); li.fetch("discounts")}), grouped by the root
 * they start from. Attribute names must be constants or static metamodel fields ({@code
 * Order_.lineItems}). A fetch the method cannot trace back to a root makes it give up.
 */
final class CriteriaFetches {
  private static final List<String> FETCH_PARENTS =
      List.of("jakarta.persistence.criteria.FetchParent", "javax.persistence.criteria.FetchParent");
  private static final int MAX_DEPTH = 16;

  /**
   * One root with its fetched paths, and the last fetch call of each path (to report on); {@code
   * query} is the local the root was taken from ({@code criteria} in {@code Root<Order> o =
   * criteria.from(Order.class)}), or null when the code does not show it.
   */
  record RootFetches(ManagedType entity, Map<String, MethodInvocationTree> paths, Symbol query) {}

  private final EntityModel model;
  /** {@code fetch}, as the compilation's name. */
  private final NameSet fetchName;
  private final Map<Symbol, ExpressionTree> locals = new HashMap<>();
  private final List<MethodInvocationTree> fetches = new ArrayList<>();

  private CriteriaFetches(EntityModel model, NameSet fetchName) {
    this.model = model;
    this.fetchName = fetchName;
  }

  /**
   * The fetches of each root in {@code method}; empty when there are none or one is untraceable.
   * {@code fetchName} holds the name {@code fetch}.
   */
  static ImmutableList<RootFetches> in(MethodTree method, EntityModel model, NameSet fetchName) {
    if (method.getBody() == null) {
      return ImmutableList.of();
    }
    CriteriaFetches scan = new CriteriaFetches(model, fetchName);
    scan.collectFetches(method);
    if (scan.fetches.isEmpty()) {
      return ImmutableList.of(); // every method is asked; few use the Criteria API
    }
    scan.collectLocals(method);
    Map<Symbol, RootFetches> roots = new LinkedHashMap<>();
    for (MethodInvocationTree fetch : scan.fetches) {
      Optional<Traced> traced = scan.trace(fetch, 0);
      if (traced.isEmpty()) {
        return ImmutableList.of();
      }
      RootFetches root = roots.computeIfAbsent(
          traced.get().root(), key -> new RootFetches(traced.get().entity(), new LinkedHashMap<>(), scan.queryOf(key)));
      root.paths().put(String.join(".", traced.get().path()), fetch);
    }
    return ImmutableList.copyOf(roots.values());
  }

  private record Traced(Symbol root, ManagedType entity, List<String> path) {}

  private void collectFetches(MethodTree method) {
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitClass(ClassTree node, Void unused) {
        return null; // A nested class's methods are matched on their own.
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        if (isFetch(node)) {
          fetches.add(node);
        }
        return super.visitMethodInvocation(node, unused);
      }
    }.scan(method.getBody(), null);
  }

  /** The local variables with an initializer, through which fetches are traced. */
  private void collectLocals(MethodTree method) {
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitClass(ClassTree node, Void unused) {
        return null;
      }

      @Override
      public Void visitVariable(VariableTree node, Void unused) {
        Symbol symbol = ASTHelpers.getSymbol(node);
        if (symbol != null && node.getInitializer() != null) {
          locals.put(symbol, node.getInitializer());
        }
        return super.visitVariable(node, unused);
      }
    }.scan(method.getBody(), null);
  }

  private Optional<Traced> trace(MethodInvocationTree fetch, int depth) {
    Optional<String> attribute = attributeName(fetch.getArguments().get(0));
    if (attribute.isEmpty() || depth > MAX_DEPTH) {
      return Optional.empty();
    }
    ExpressionTree receiver = Expressions.strip(((MemberSelectTree) fetch.getMethodSelect()).getExpression());
    Optional<Traced> parent = parent(receiver, depth);
    return parent.map(p -> {
      List<String> path = new ArrayList<>(p.path());
      path.add(attribute.get());
      return new Traced(p.root(), p.entity(), path);
    });
  }

  /** {@code criteria} for a root declared as {@code criteria.from(Order.class)}; else null. */
  private Symbol queryOf(Symbol root) {
    ExpressionTree initializer = locals.get(root);
    if (initializer != null
        && Expressions.strip(initializer) instanceof MethodInvocationTree from
        && from.getMethodSelect() instanceof MemberSelectTree select
        && select.getIdentifier().contentEquals("from")
        && Expressions.strip(select.getExpression()) instanceof IdentifierTree query) {
      return ASTHelpers.getSymbol(query);
    }
    return null;
  }

  /** What a fetch is called on: another fetch, or a root (a local whose type is {@code Root<E>}). */
  private Optional<Traced> parent(ExpressionTree receiver, int depth) {
    if (receiver instanceof MethodInvocationTree && isFetch((MethodInvocationTree) receiver)) {
      return trace((MethodInvocationTree) receiver, depth + 1);
    }
    if (!(receiver instanceof IdentifierTree)) {
      return Optional.empty();
    }
    Symbol symbol = ASTHelpers.getSymbol(receiver);
    Type type = ((JCTree) receiver).type;
    if (symbol == null || type == null) {
      return Optional.empty();
    }
    String typeName = type.tsym.getQualifiedName().toString();
    if (typeName.endsWith("persistence.criteria.Root") && type.getTypeArguments().size() == 1) {
      return model.entity(type.getTypeArguments().get(0)).map(e -> new Traced(symbol, e, List.of()));
    }
    ExpressionTree initializer = locals.get(symbol);
    if (initializer == null) {
      return Optional.empty();
    }
    initializer = Expressions.strip(initializer);
    if (initializer instanceof MethodInvocationTree && isFetch((MethodInvocationTree) initializer)) {
      return trace((MethodInvocationTree) initializer, depth + 1);
    }
    return Optional.empty();
  }

  /** {@code "lineItems"} (a constant) or {@code Order_.lineItems} (a metamodel field). */
  private static Optional<String> attributeName(ExpressionTree argument) {
    Type type = ((JCTree) argument).type;
    if (type != null && type.constValue() instanceof String) {
      return Optional.of((String) type.constValue());
    }
    Symbol symbol = ASTHelpers.getSymbol(argument);
    if (symbol instanceof Symbol.VarSymbol && symbol.isStatic()
        && symbol.owner.getAnnotationMirrors().stream().anyMatch(a -> a.getAnnotationType().toString().endsWith("persistence.metamodel.StaticMetamodel"))) {
      return Optional.of(symbol.getSimpleName().toString());
    }
    return Optional.empty();
  }

  private boolean isFetch(MethodInvocationTree call) {
    if (!fetchName.isCallOn(call) || call.getArguments().isEmpty()) {
      return false;
    }
    Symbol method = ASTHelpers.getSymbol(call);
    return method != null && FETCH_PARENTS.contains(method.owner.getQualifiedName().toString());
  }
}

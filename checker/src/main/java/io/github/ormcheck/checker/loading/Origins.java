package io.github.ormcheck.checker.loading;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import com.sun.tools.javac.util.Context;
import io.github.ormcheck.checker.frameworks.JpaApi;
import io.github.ormcheck.checker.frameworks.PersistenceSessions;
import io.github.ormcheck.checker.frameworks.SpringTx;
import io.github.ormcheck.checker.javac.Expressions;
import io.github.ormcheck.checker.javac.KnownTypes;
import io.github.ormcheck.checker.model.EntityModel;
import io.github.ormcheck.checker.model.ManagedType;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;

/**
 * Where the entities of an expression come from, and what that source loaded: Spring Data
 * repository methods, JPQL/HQL queries run through an EntityManager or Session, Quarkus Panache's
 * selects, {@code find} and {@code getReference},
 * a parent's collection association, followed through local variables and same-class helper
 * methods. Anything else is unknown, and unknown means silent.
 */
public final class Origins {
  private static final int MAX_DEPTH = 4;

  private final EntityModel model;
  private final com.sun.tools.javac.code.Types types;
  private final RepositoryOrigins repositories;
  private final QueryOrigins queries;
  private final PanacheOrigins panache;
  private final ReturnedValues returnedValues;
  private final KnownTypes known;

  public Origins(EntityModel model, Context context) {
    this.model = model;
    this.known = KnownTypes.instance(context);
    this.types = com.sun.tools.javac.code.Types.instance(context);
    this.repositories = RepositoryOrigins.instance(context);
    this.queries = new QueryOrigins(model, context);
    this.panache = new PanacheOrigins(model, ParsedQueries.instance(context));
    this.returnedValues = ReturnedValues.instance(context);
  }

  /** The origin of the elements of a collection, iterable, page or stream expression. */
  public Optional<Origin> ofElements(ExpressionTree expression, TreePath where) {
    return ofElements(expression, where, 0);
  }

  /** The origin of a single entity: {@code find}, {@code findById(..).orElseThrow()}, a single-result query. */
  public Optional<Origin> ofEntity(ExpressionTree expression, TreePath where, int depth) {
    return trace(expression, where, depth, true);
  }

  private Optional<Origin> ofElements(ExpressionTree expression, TreePath where, int depth) {
    return trace(expression, where, depth, false);
  }

  /**
   * Follows local variables to the call that produced the value, then asks {@link #ofElementsCall}
   * or {@link #ofEntityCall} what that call loads.
   */
  private Optional<Origin> trace(ExpressionTree expression, TreePath where, int depth, boolean single) {
    if (depth > MAX_DEPTH) {
      return Optional.empty();
    }
    ExpressionTree tree = Expressions.strip(expression);
    if (tree instanceof IdentifierTree) {
      return definition(tree, where).flatMap(init -> trace(init, where, depth + 1, single));
    }
    if (!(tree instanceof MethodInvocationTree)) {
      return Optional.empty();
    }
    MethodInvocationTree call = (MethodInvocationTree) tree;
    Symbol symbol = TreeInfo.symbol((JCTree) call.getMethodSelect());
    if (!(symbol instanceof Symbol.MethodSymbol)) {
      return Optional.empty();
    }
    Symbol.MethodSymbol method = (Symbol.MethodSymbol) symbol;
    if (io.github.ormcheck.checker.model.Mirrors.find(method, io.github.ormcheck.checker.plans.LoadPlans.LOAD_PLAN).isPresent()) {
      // A method with a load plan: its contract is checked by the load-plan rules instead.
      return Optional.empty();
    }
    Optional<ExpressionTree> returned = callbackResult(call, method);
    if (returned.isPresent()) {
      return trace(returned.get(), where, depth + 1, single);
    }
    return single
        ? ofEntityCall(call, method, where, depth)
        : ofElementsCall(call, method, where, depth);
  }

  /**
   * {@code transactionTemplate.execute(status -> repository.findAll())}: Spring's template
   * returns what its callback returns, here a lambda's expression or its one {@code return}.
   */
  private Optional<ExpressionTree> callbackResult(MethodInvocationTree call, Symbol.MethodSymbol method) {
    // As Transactions.isTemplateCallback tells a callback from where it is passed; here the value
    // the call returns is asked for, which executeWithoutResult never gives.
    if (call.getArguments().size() != 1
        || !SpringTx.TEMPLATE_CALLBACK_METHODS.contains(method.getSimpleName().toString())
        || !(Expressions.strip(call.getArguments().get(0)) instanceof LambdaExpressionTree callback)
        || SpringTx.TEMPLATES.stream().noneMatch(template -> known.isSubtype(method.enclClass().type, template))) {
      return Optional.empty();
    }
    if (callback.getBody() instanceof ExpressionTree value) {
      return Optional.of(value);
    }
    return callback.getBody() instanceof BlockTree block
            && block.getStatements().size() == 1
            && block.getStatements().get(0) instanceof ReturnTree result
            && result.getExpression() != null
        ? Optional.of(result.getExpression())
        : Optional.empty();
  }

  private Optional<Origin> ofElementsCall(
      MethodInvocationTree call, Symbol.MethodSymbol method, TreePath where, int depth) {
    String name = method.getSimpleName().toString();
    Optional<ExpressionTree> receiver = receiver(call);
    if (receiver.isPresent() && List.of("stream", "iterator", "getContent", "toList").contains(name)
        && call.getArguments().isEmpty()) {
      return ofElements(receiver.get(), where, depth + 1);
    }
    Optional<Origin> repository = repositories.of(method, call, false);
    if (repository.isPresent()) {
      return repository;
    }
    Optional<Origin> panacheSelect = panache.of(call, method, false);
    if (panacheSelect.isPresent()) {
      return panacheSelect;
    }
    if (JpaApi.EXECUTE.contains(name) && receiver.isPresent()) {
      return queries.ofExecution(receiver.get(), call, where, this::definitionOf);
    }
    if (receiver.isPresent() && call.getArguments().isEmpty()) {
      Optional<Origin> parent = ofEntity(receiver.get(), where, depth + 1);
      if (parent.isPresent()) {
        return collectionBelow(parent.get(), method, call);
      }
    }
    return helper(method, depth).flatMap(returned -> ofElements(returned.expression(), returned.where(), depth + 1));
  }

  private Optional<Origin> ofEntityCall(
      MethodInvocationTree call, Symbol.MethodSymbol method, TreePath where, int depth) {
    String name = method.getSimpleName().toString();
    Optional<ExpressionTree> receiver = receiver(call);
    if (receiver.isPresent() && List.of("get", "orElseThrow", "orElse", "orElseGet").contains(name)
        && isOptional(method.owner)) {
      return ofEntity(receiver.get(), where, depth + 1);
    }
    Optional<Origin> repository = repositories.of(method, call, true);
    if (repository.isPresent()) {
      return repository;
    }
    Optional<Origin> panacheFind = panache.of(call, method, true);
    if (panacheFind.isPresent()) {
      return panacheFind;
    }
    // getReference gives a proxy that loads on first use, with the same lazy associations as find.
    if ((JpaApi.FIND.contains(name) || JpaApi.REFERENCE.contains(name))
        && receiver.isPresent() && PersistenceSessions.isSession(method.owner.getQualifiedName())) {
      return queries.ofFind(call);
    }
    if ((name.equals("getSingleResult") || name.equals("getSingleResultOrNull") || name.equals("uniqueResult"))
        && receiver.isPresent()) {
      return queries.ofExecution(receiver.get(), call, where, this::definitionOf);
    }
    return helper(method, depth).flatMap(returned -> ofEntity(returned.expression(), returned.where(), depth + 1));
  }

  private Optional<Origin> collectionBelow(Origin parent, Symbol.MethodSymbol getter, MethodInvocationTree call) {
    return model.attributeForGetter(parent.entity().element().asType(), getter)
        .filter(attribute -> attribute.association().map(a -> a.isCollection()).orElse(false))
        .flatMap(attribute -> model.target(attribute)
            .filter(ManagedType::isEntity)
            .map(element -> parent.below(attribute.name(), element,
                parent.description() + ", then its " + attribute.name() + " collection",
                attribute.association().get().mappedBy())));
  }

  private static boolean isOptional(Symbol owner) {
    return owner.getQualifiedName().contentEquals("java.util.Optional");
  }

  static Optional<ExpressionTree> receiver(MethodInvocationTree call) {
    return call.getMethodSelect() instanceof MemberSelectTree
        ? Optional.of(((MemberSelectTree) call.getMethodSelect()).getExpression())
        : Optional.empty();
  }

  /** The one value a local variable ever gets in its method, or empty. */
  public Optional<ExpressionTree> definitionOf(ExpressionTree identifier, TreePath where) {
    return definition(identifier, where);
  }

  private Optional<ExpressionTree> definition(ExpressionTree identifier, TreePath where) {
    Symbol variable = TreeInfo.symbol((JCTree) identifier);
    if (variable == null
        || (variable.getKind() != ElementKind.LOCAL_VARIABLE
            && variable.getKind() != ElementKind.RESOURCE_VARIABLE)) {
      return Optional.empty();
    }
    TreePath method = where;
    while (method != null && !(method.getLeaf() instanceof MethodTree)
        && method.getLeaf().getKind() != Tree.Kind.LAMBDA_EXPRESSION) {
      method = method.getParentPath();
    }
    if (method == null) {
      return Optional.empty();
    }
    ExpressionTree[] value = new ExpressionTree[1];
    int[] writes = new int[1];
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree tree, Void unused) {
        if (TreeInfo.symbolFor((JCTree) tree) == variable && tree.getInitializer() != null) {
          value[0] = tree.getInitializer();
          writes[0]++;
        }
        return super.visitVariable(tree, null);
      }

      @Override
      public Void visitAssignment(AssignmentTree tree, Void unused) {
        if (TreeInfo.symbol((JCTree) tree.getVariable()) == variable) {
          value[0] = tree.getExpression();
          writes[0]++;
        }
        return super.visitAssignment(tree, null);
      }

      @Override
      public Void visitCompoundAssignment(com.sun.source.tree.CompoundAssignmentTree tree, Void unused) {
        if (TreeInfo.symbol((JCTree) tree.getVariable()) == variable) {
          writes[0] += 2;
        }
        return super.visitCompoundAssignment(tree, null);
      }

      @Override
      public Void visitUnary(com.sun.source.tree.UnaryTree tree, Void unused) {
        switch (tree.getKind()) {
          case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> {
            if (TreeInfo.symbol((JCTree) tree.getExpression()) == variable) {
              writes[0] += 2;
            }
          }
          default -> { }
        }
        return super.visitUnary(tree, null);
      }
    }.scan(method.getLeaf(), null);
    return writes[0] == 1 ? Optional.ofNullable(value[0]) : Optional.empty();
  }

  /** The value the method a call runs returns, when it can be traced; see {@link ReturnedValues}. */
  private Optional<ReturnedValues.Returned> helper(Symbol.MethodSymbol called, int depth) {
    return depth > MAX_DEPTH ? Optional.empty() : returnedValues.of(called);
  }

  /** The entity type an element type stands for, if it is one. */
  public Optional<ManagedType> entityOf(Type type) {
    return type == null ? Optional.empty() : model.entity(type);
  }


}

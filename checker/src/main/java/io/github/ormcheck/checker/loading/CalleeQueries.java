package io.github.ormcheck.checker.loading;

import com.google.common.collect.ImmutableSet;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import com.sun.tools.javac.util.Context;
import io.github.ormcheck.checker.javac.CompilationScope;
import io.github.ormcheck.checker.javac.Expressions;
import io.github.ormcheck.checker.javac.Implementations;
import io.github.ormcheck.checker.model.EntityModel;
import io.github.ormcheck.checker.model.Mirrors;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The query a method of this compilation runs on every call, and which of its parameters the
 * query depends on: what QueryInLoop needs to see that {@code countComments(id)} in a loop runs
 * a query per element. A query counts when it is in the method's own straight-line code (not in
 * a loop of its own, which QueryInLoop reports there, nor in a lambda or class that runs later),
 * its arguments are known, and one of them comes from a parameter, directly or through local
 * variables; a lookup by id of an entity the method holds ({@link HeldIds}) does not count. Calls
 * are followed {@link #MAX_DEPTH} methods deep, through an interface into its
 * only implementation; a method that a cache answers ({@code @Cacheable}, JSR-107's
 * {@code @CacheResult}) runs no query per call. Answers are kept for the compilation.
 */
public final class CalleeQueries {
  public static final int MAX_DEPTH = 3;

  private static final ImmutableSet<String> CACHES = ImmutableSet.of(
      "org.springframework.cache.annotation.Cacheable",
      "javax.cache.annotation.CacheResult",
      "jakarta.cache.annotation.CacheResult");

  private static final Context.Key<CalleeQueries> KEY = new Context.Key<>();

  /**
   * A query a method runs per call.
   *
   * @param description the query and the methods it is reached through, for messages
   * @param parameters the indexes of the parameters the query depends on
   * @param idParameter the parameter that is the primary key, when the query is a lookup by id
   *     of exactly that parameter
   */
  public record Found(String description, ImmutableSet<Integer> parameters, Optional<Integer> idParameter) {}

  private record Key(Symbol.MethodSymbol method, int depth) {}

  private final Context context;
  private final JavacTrees trees;
  private final Implementations implementations;
  private final Map<Key, Optional<Found>> answers = new HashMap<>();
  private final Set<Key> inProgress = new HashSet<>();

  private CalleeQueries(Context context) {
    this.context = context;
    this.trees = JavacTrees.instance(context);
    this.implementations = Implementations.instance(context);
  }

  public static CalleeQueries instance(Context context) {
    return CompilationScope.instance(context, KEY, CalleeQueries::new);
  }

  /** The query {@code method} runs per call, looking {@code depth} methods deep. */
  public Optional<Found> of(Symbol.MethodSymbol method, int depth) {
    if (depth <= 0 || cached(method)) {
      return Optional.empty();
    }
    Symbol.MethodSymbol target = implementations.sole(method).orElse(method);
    Key key = new Key(target, depth);
    Optional<Found> known = answers.get(key);
    if (known != null) {
      return known;
    }
    if (!inProgress.add(key)) {
      return Optional.empty();
    }
    try {
      Optional<Found> found = cached(target) ? Optional.empty() : find(target, depth);
      answers.put(key, found);
      return found;
    } finally {
      inProgress.remove(key);
    }
  }

  private static boolean cached(Symbol.MethodSymbol method) {
    return annotated(method) || annotated(method.enclClass());
  }

  private static boolean annotated(Symbol symbol) {
    return symbol != null && symbol.getAnnotationMirrors().stream()
        .anyMatch(annotation -> CACHES.contains(Mirrors.qualifiedName(annotation)));
  }

  private Optional<Found> find(Symbol.MethodSymbol target, int depth) {
    if ((target.flags() & Flags.ABSTRACT) != 0 || trees.getTree(target) == null) {
      return Optional.empty();
    }
    TreePath path = trees.getPath(target);
    if (path == null || !(path.getLeaf() instanceof MethodTree method) || method.getBody() == null) {
      return Optional.empty();
    }
    Map<Symbol, Integer> parameters = new HashMap<>();
    for (int i = 0; i < method.getParameters().size(); i++) {
      Symbol parameter = TreeInfo.symbolFor((JCTree) method.getParameters().get(i));
      if (parameter != null) {
        parameters.put(parameter, i);
      }
    }
    if (parameters.isEmpty()) {
      return Optional.empty();
    }
    Map<Symbol, ExpressionTree> locals = new HashMap<>();
    String where = target.owner.getSimpleName() + "." + target.getSimpleName();
    QueryCalls queries = QueryCalls.instance(context);
    EntityModel model = CompilationScope.entityModel(context);
    HeldIds held = new HeldIds(model, new Origins(model, context));
    Found[] found = new Found[1];
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree variable, Void unused) {
        Symbol symbol = TreeInfo.symbolFor((JCTree) variable);
        if (symbol != null && variable.getInitializer() != null
            && (symbol.flags() & (Flags.FINAL | Flags.EFFECTIVELY_FINAL)) != 0) {
          locals.put(symbol, variable.getInitializer());
        }
        return super.visitVariable(variable, unused);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        if (found[0] != null) {
          return null;
        }
        Optional<QueryCalls.QueryCall> query = queries.of(call, getCurrentPath());
        if (query.isPresent()) {
          if (query.get().id().filter(key -> held.held(key, getCurrentPath())).isPresent()) {
            return super.visitMethodInvocation(call, unused); // It looks up an entity it holds.
          }
          if (query.get().argumentsKnown()) {
            Set<Integer> uses = new HashSet<>();
            query.get().arguments().forEach(argument -> uses.addAll(uses(argument, parameters, locals)));
            if (!uses.isEmpty()) {
              Optional<Integer> id = query.get().id().flatMap(key -> parameter(key, parameters));
              found[0] = new Found(query.get().description() + " in " + where, ImmutableSet.copyOf(uses), id);
              return null;
            }
          }
        } else if (TreeInfo.symbol((JCTree) call.getMethodSelect()) instanceof Symbol.MethodSymbol callee) {
          Optional<Found> inner = of(callee, depth - 1)
              .filter(below -> below.idParameter().filter(index -> index < call.getArguments().size()
                  && held.held(call.getArguments().get(index), getCurrentPath())).isEmpty());
          if (inner.isPresent()) {
            Set<Integer> uses = new HashSet<>();
            List<? extends ExpressionTree> arguments = call.getArguments();
            for (int index : inner.get().parameters()) {
              if (index < arguments.size()) {
                uses.addAll(uses(arguments.get(index), parameters, locals));
              }
            }
            if (!uses.isEmpty()) {
              Optional<Integer> id = inner.get().idParameter()
                  .filter(index -> index < arguments.size())
                  .flatMap(index -> parameter(arguments.get(index), parameters));
              found[0] = new Found(
                  callee.getSimpleName() + " -> " + inner.get().description() + ", from " + where,
                  ImmutableSet.copyOf(uses), id);
              return null;
            }
          }
        }
        return super.visitMethodInvocation(call, unused);
      }

      // Code that runs per element of the method's own loops is QueryInLoop's finding there;
      // lambdas and classes run when someone calls them.
      @Override
      public Void visitEnhancedForLoop(EnhancedForLoopTree tree, Void unused) {
        return scan(tree.getExpression(), null);
      }

      @Override
      public Void visitForLoop(ForLoopTree tree, Void unused) {
        return scan(tree.getInitializer(), null);
      }

      @Override
      public Void visitWhileLoop(WhileLoopTree tree, Void unused) {
        return null;
      }

      @Override
      public Void visitDoWhileLoop(DoWhileLoopTree tree, Void unused) {
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
    }.scan(new TreePath(path, method.getBody()), null);
    return Optional.ofNullable(found[0]);
  }

  /** The parameter an expression is, as it stands. */
  private static Optional<Integer> parameter(ExpressionTree expression, Map<Symbol, Integer> parameters) {
    return Expressions.strip(expression) instanceof IdentifierTree identifier
        ? Optional.ofNullable(parameters.get(TreeInfo.symbol((JCTree) identifier)))
        : Optional.empty();
  }

  /** The parameters an expression reads, directly or through final local variables. */
  private static Set<Integer> uses(ExpressionTree expression, Map<Symbol, Integer> parameters, Map<Symbol, ExpressionTree> locals) {
    Set<Integer> uses = new HashSet<>();
    Set<Symbol> seen = new HashSet<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree identifier, Void unused) {
        Symbol symbol = TreeInfo.symbol((JCTree) identifier);
        Integer index = parameters.get(symbol);
        if (index != null) {
          uses.add(index);
        } else if (symbol != null && locals.containsKey(symbol) && seen.add(symbol)) {
          scan(locals.get(symbol), null);
        }
        return null;
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
        return null;
      }
    }.scan(expression, null);
    return uses;
  }
}

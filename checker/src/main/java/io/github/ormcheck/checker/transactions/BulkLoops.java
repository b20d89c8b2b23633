package io.github.ormcheck.checker.transactions;

import com.google.common.collect.ImmutableSet;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import com.sun.tools.javac.util.Context;
import io.github.ormcheck.checker.frameworks.Panache;
import io.github.ormcheck.checker.frameworks.SpringData;
import io.github.ormcheck.checker.javac.Scans;
import io.github.ormcheck.checker.loading.QueryCalls;
import io.github.ormcheck.checker.javac.Calls;
import io.github.ormcheck.checker.javac.Expressions;
import io.github.ormcheck.checker.javac.KnownTypes;
import io.github.ormcheck.checker.loading.ElementLoop;
import io.github.ormcheck.checker.loading.Origin;
import io.github.ormcheck.checker.loading.Origins;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The parts of UnboundedLoopInTransaction's analysis that are about data, not loops: whether a
 * loop's elements come from an unbounded query (a {@code findAll} or {@code Stream} repository
 * method without {@code Pageable}/{@code Limit}, a JPQL query without {@code setMaxResults}), and
 * the first per-element write in a loop body.
 */
public final class BulkLoops {
  /** JPQL executions that return many rows. */
  private static final ImmutableSet<String> MANY_ROWS =
      ImmutableSet.of("getResultList", "getResultStream", "list", "stream", "scroll", "listAll", "streamAll");
  /** Derived queries bounded by their name: {@code findTop10By...}, {@code findFirstBy...}. */
  private static final Pattern LIMITED_NAME = Pattern.compile("^(find|read|get|query|search|stream)(Distinct)?(First|Top)\\d*.*");

  private final KnownTypes known;
  private final PersistenceWrites persistenceWrites;
  private final Origins origins;
  private final Transactions transactions;
  /** Per method and depth: the first write it makes, kept for the compilation; called through a proxy, and through this. */
  private final CallSearch<Write> writes;
  private final CallSearch<Write> writesThroughThis;

  /**
   * A write a called method makes, named for messages; {@code parameter} is the index of the
   * parameter whose entity a setter changes (the write happens only if the caller passes a managed
   * one), or -1 for a write that happens whatever the arguments (a save, a remove).
   */
  private record Write(String name, int parameter) {}

  public BulkLoops(Context context, Origins origins) {
    this.known = KnownTypes.instance(context);
    this.persistenceWrites = PersistenceWrites.instance(context);
    this.origins = origins;
    this.transactions = Transactions.instance(context);
    this.writes = new CallSearch<>(transactions, "bulk-writes");
    this.writesThroughThis = new CallSearch<>(transactions, "bulk-writes-through-this");
  }

  /** How an unbounded source of elements is named in messages, or empty when it is bounded or unknown. */
  public Optional<String> unbounded(ExpressionTree source, TreePath where) {
    Optional<Origin> origin = origins.ofElements(source, where);
    if (origin.isEmpty()) {
      return Optional.empty();
    }
    if (origin.get().repositoryMethod().isPresent()) {
      Symbol.MethodSymbol method = origin.get().repositoryMethod().get();
      String name = method.getSimpleName().toString();
      boolean limited = LIMITED_NAME.matcher(name).matches()
          || method.getParameters().stream().anyMatch(p -> known.isSubtype(p.type, SpringData.PAGEABLE) || known.isSubtype(p.type, SpringData.LIMIT));
      boolean everything = name.startsWith("findAll") && !name.equals("findAllById")
          || known.isSubtype(method.getReturnType(), "java.util.stream.Stream");
      // findAllById(ids), findAllByIdIn(ids), @Query(".. where p.id in :ids"): the rows of the
      // caller's values, a batch the caller chose, not the table.
      boolean forGivenValues = method.getParameters().stream()
          .anyMatch(p -> known.holdsManyValues(p.type));
      return !limited && everything && !forGivenValues ? Optional.of(origin.get().description()) : Optional.empty();
    }
    if (origin.get().site() instanceof MethodInvocationTree execution
        && execution.getMethodSelect() instanceof MemberSelectTree select
        && MANY_ROWS.contains(select.getIdentifier().toString())
        && !limited(select.getExpression(), where)) {
      Symbol executes = TreeInfo.symbol((JCTree) select);
      boolean panache = Panache.isQueryMethod(executes) || executes != null && Panache.isBase(executes.owner.getQualifiedName());
      return Optional.of(origin.get().description() + (panache ? " without page or range" : " without setMaxResults"));
    }
    return Optional.empty();
  }

  /**
   * {@code setMaxResults} in the query's call chain, or on its variable anywhere in the method; or
   * a query text that selects by a collection parameter ({@code in :ids}).
   */
  private boolean limited(ExpressionTree query, TreePath where) {
    ExpressionTree current = query;
    for (int step = 0; step < 32; step++) {
      if (current instanceof IdentifierTree variable) {
        Symbol symbol = TreeInfo.symbol((JCTree) variable);
        return symbol != null && (setsMaxResultsOn(symbol, where)
            || origins.definitionOf(variable, where).map(init -> limited(init, where)).orElse(false));
      }
      if (!(current instanceof MethodInvocationTree call && call.getMethodSelect() instanceof MemberSelectTree select)) {
        return false;
      }
      if (select.getIdentifier().contentEquals("setMaxResults")
          || Panache.BOUNDS.contains(select.getIdentifier().toString())
              && Panache.isQueryMethod(TreeInfo.symbol((JCTree) select))
          || QueryCalls.takesCollectionParameter(call)) {
        return true; // a page; or "where o.id in :ids", the rows of the caller's values
      }
      current = select.getExpression();
    }
    return false;
  }

  private static boolean setsMaxResultsOn(Symbol variable, TreePath where) {
    TreePath method = where;
    while (method != null && !(method.getLeaf() instanceof MethodTree)) {
      method = method.getParentPath();
    }
    if (method == null) {
      return false;
    }
    return Scans.anyCall(method.getLeaf(), call -> call.getMethodSelect() instanceof MemberSelectTree select
        && select.getIdentifier().contentEquals("setMaxResults")
        && TreeInfo.symbol((JCTree) select.getExpression()) == variable);
  }

  /**
   * The first write in the loop's body that runs per element, named for messages
   * ("Order.setStatus", "OrderRepository.save"); a write in a method the body calls, followed like
   * the remote calls of a transaction ({@link Transactions#MAX_DEPTH} deep, through an interface
   * into its only implementation), is named with the chain ("archive -> Order.setStatus"). In the
   * body a setter counts only on an entity that is managed ({@link Managed}); {@code where} is the
   * loop's path.
   */
  public Optional<String> firstWrite(ElementLoop loop, TreePath where) {
    String[] found = new String[1];
    Managed managed = new Managed(loop, where);
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        if (found[0] == null) {
          write(call, managed)
              .or(() -> inCallee(call, Transactions.MAX_DEPTH)
                  .filter(w -> w.parameter() < 0
                      || w.parameter() < call.getArguments().size() && managed.test(call.getArguments().get(w.parameter())))
                  .map(Write::name))
              .ifPresent(w -> found[0] = w);
        }
        return super.visitMethodInvocation(call, unused);
      }

      @Override
      public Void visitAssignment(com.sun.source.tree.AssignmentTree tree, Void unused) {
        fieldWrite(tree.getVariable());
        return super.visitAssignment(tree, unused);
      }

      @Override
      public Void visitCompoundAssignment(com.sun.source.tree.CompoundAssignmentTree tree, Void unused) {
        fieldWrite(tree.getVariable());
        return super.visitCompoundAssignment(tree, unused);
      }

      /**
       * {@code person.status = "x"} on a persistent attribute of a managed entity: dirty checking
       * turns it into an UPDATE (a {@code @Transient} field is no attribute and writes nothing).
       */
      private void fieldWrite(ExpressionTree variable) {
        if (found[0] == null && Expressions.strip(variable) instanceof MemberSelectTree select
            && TreeInfo.symbol((JCTree) select) instanceof Symbol.VarSymbol field
            && field.getKind() == javax.lang.model.element.ElementKind.FIELD && !field.isStatic()
            && origins.entityOf(((JCTree) select.getExpression()).type)
                .flatMap(entity -> entity.attribute(field.getSimpleName().toString())).isPresent()
            && managed.test(select.getExpression())) {
          found[0] = ((JCTree) select.getExpression()).type.tsym.getSimpleName() + "." + field.getSimpleName() + " =";
        }
      }

      @Override
      public Void visitClass(com.sun.source.tree.ClassTree tree, Void unused) {
        return null;
      }
    }.scan(loop.body(), null);
    return Optional.ofNullable(found[0]);
  }

  /** The first write in the method {@code call} runs, if its body is in this compilation. */
  private Optional<Write> inCallee(MethodInvocationTree call, int depth) {
    if (depth == 0 || !(TreeInfo.symbol((JCTree) call.getMethodSelect()) instanceof Symbol.MethodSymbol callee)) {
      return Optional.empty();
    }
    boolean self = Calls.throughThis(call);
    return (self ? writesThroughThis : writes).answer(callee, depth, () -> {
      Optional<Symbol.MethodSymbol> runs = transactions.implementations().runs(callee);
      if (runs.isEmpty()) {
        return Optional.empty(); // An override in this compilation may be what runs.
      }
      Symbol.MethodSymbol target = runs.get();
      // Through the proxy, a method in a transaction of its own (or in none, or on another thread)
      // per element leaves this one as it is; through this, its annotations do nothing.
      List<Transactions.Call> calls =
          !self && (leavesThroughProxy(callee) || leavesThroughProxy(target))
              ? List.of()
              : transactions.calls(target);
      for (Transactions.Call inner : calls) {
        Optional<Write> below = calleeWrite(inner.tree(), target).or(() -> inCallee(inner.tree(), depth - 1)
            .flatMap(deeper -> deeper.parameter() < 0
                ? Optional.of(deeper)
                : Optional.of(inner.tree().getArguments())
                    .filter(arguments -> deeper.parameter() < arguments.size())
                    .flatMap(arguments -> Calls.parameterIndex(arguments.get(deeper.parameter()), target))
                    .map(index -> new Write(deeper.name(), index))));
        if (below.isPresent()) {
          return Optional.of(new Write(callee.getSimpleName() + " -> " + below.get().name(), below.get().parameter()));
        }
      }
      return Optional.empty();
    });
  }

  /** A write in a called method: a persistence write, or a setter on one of its parameters. */
  private Optional<Write> calleeWrite(MethodInvocationTree tree, Symbol.MethodSymbol callee) {
    return writeCall(tree).flatMap(write -> write.setOn() == null
        ? Optional.of(new Write(write.name(), -1))
        : write.setOn() instanceof IdentifierTree
            ? Calls.parameterIndex(write.setOn(), callee).map(index -> new Write(write.name(), index))
            : Optional.empty());
  }

  /**
   * A call that writes, named for messages: a persistence write, which writes whatever it is
   * called on ({@code setOn} null), or a setter on an entity ({@code setOn} the entity), which
   * writes only if that entity is managed.
   */
  private record WriteCall(String name, ExpressionTree setOn) {}

  private Optional<WriteCall> writeCall(MethodInvocationTree tree) {
    Optional<PersistenceWrites.Call> call = PersistenceWrites.call(tree);
    if (call.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> persistence = persistenceWrites.of(call.get());
    if (persistence.isPresent()) {
      return Optional.of(new WriteCall(persistence.get(), null));
    }
    String name = call.get().name();
    return name.length() > 3 && name.startsWith("set") && tree.getArguments().size() == 1
            && origins.entityOf(call.get().receiver()).isPresent()
        ? Optional.of(new WriteCall(call.get().display(), call.get().select().getExpression()))
        : Optional.empty();
  }

  private boolean leavesThroughProxy(Symbol.MethodSymbol method) {
    return transactions.outsideTransaction(method)
        || transactions.declared(method).filter(attributes -> !attributes.joinsCaller()).isPresent();
  }

  /**
   * A write in the loop's body: a {@link PersistenceWrites persistence write}, or a setter on an
   * entity the body knows to be managed ({@link Managed}). (In a called method, {@link
   * #calleeWrite}: only setters on its parameters count, and only when the caller passes a managed
   * entity: an entity a method builds itself, a copy or a mapper's target, is not managed until it
   * is saved.)
   */
  private Optional<String> write(MethodInvocationTree tree, Managed managed) {
    return writeCall(tree).filter(write -> write.setOn() == null || managed.test(write.setOn())).map(WriteCall::name);
  }

  /**
   * Whether a setter's receiver in a loop body is a managed entity, so that the setter becomes an
   * UPDATE at flush: an element of the loop, an entity navigated from one, or one a query, find or
   * repository method returned. An entity the code builds ({@code new}, a deserializer's or
   * mapper's result) is not managed until it is persisted, and one whose source the analysis
   * cannot see is left out: a setter on it is no evidence of a write.
   */
  private final class Managed {
    private static final int MAX_STEPS = 24;

    private final ElementLoop loop;
    private final TreePath where;
    /** Variables of loops and lambda parameters inside the body, to the expression that yields their values. */
    private final Map<Symbol, ExpressionTree> elementsOf = new HashMap<>();

    Managed(ElementLoop loop, TreePath where) {
      this.loop = loop;
      this.where = where;
      new TreeScanner<Void, Void>() {
        @Override
        public Void visitEnhancedForLoop(EnhancedForLoopTree tree, Void unused) {
          Symbol variable = TreeInfo.symbolFor((JCTree) tree.getVariable());
          if (variable != null) {
            elementsOf.put(variable, tree.getExpression());
          }
          return super.visitEnhancedForLoop(tree, unused);
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
          if (call.getMethodSelect() instanceof MemberSelectTree select) {
            for (ExpressionTree argument : call.getArguments()) {
              if (argument instanceof LambdaExpressionTree lambda) {
                for (VariableTree parameter : lambda.getParameters()) {
                  Symbol symbol = TreeInfo.symbolFor((JCTree) parameter);
                  if (symbol != null) {
                    elementsOf.put(symbol, select.getExpression());
                  }
                }
              }
            }
          }
          return super.visitMethodInvocation(call, unused);
        }
      }.scan(loop.body(), null);
    }

    boolean test(ExpressionTree receiver) {
      ExpressionTree current = Expressions.strip(receiver);
      for (int step = 0; step < MAX_STEPS; step++) {
        if (current == loop.seed() || current == loop.source()) {
          return true;
        }
        if (current instanceof IdentifierTree) {
          Symbol symbol = TreeInfo.symbol((JCTree) current);
          if (symbol == null) {
            return false;
          }
          if (symbol == loop.seed()) {
            return true;
          }
          ExpressionTree next = elementsOf.get(symbol);
          if (next == null) {
            Optional<ExpressionTree> definition = origins.definitionOf(current, where);
            if (definition.isEmpty()) {
              return false;
            }
            next = definition.get();
          }
          current = Expressions.strip(next);
        } else if (current instanceof MethodInvocationTree call) {
          if (origins.ofEntity(call, where, 0).isPresent() || origins.ofElements(call, where).isPresent()) {
            return true;
          }
          // Optional.ofNullable(x), Stream.of(x), List.of(x) hold what they are given.
          if (wraps(call)) {
            current = Expressions.strip(call.getArguments().get(0));
            continue;
          }
          // A getter navigates from a managed entity; get(i), next(), stream steps and Optional's
          // accessors hand on the values of their receiver.
          if (!(call.getMethodSelect() instanceof MemberSelectTree select) || !handsOn(call, select)) {
            return false;
          }
          current = Expressions.strip(select.getExpression());
        } else {
          return false;
        }
      }
      return false;
    }

    private boolean wraps(MethodInvocationTree call) {
      return call.getArguments().size() == 1
          && TreeInfo.symbol((JCTree) call.getMethodSelect()) instanceof Symbol.MethodSymbol method
          && method.isStatic()
          && CONTAINERS.stream().anyMatch(container -> known.isSubtype(method.owner.type, container));
    }

    private boolean handsOn(MethodInvocationTree call, MemberSelectTree select) {
      String name = select.getIdentifier().toString();
      if (call.getArguments().isEmpty() && (name.startsWith("get") || name.startsWith("is"))) {
        return true;
      }
      Type type = ((JCTree) select.getExpression()).type;
      return SAME_VALUES.contains(name)
          && type != null && CONTAINERS.stream().anyMatch(container -> known.isSubtype(type, container));
    }
  }

  /**
   * Methods of {@link #CONTAINERS} that hand on values the container holds, not new ones ({@code
   * map}, {@code orElseGet} and {@code computeIfAbsent} may make them).
   */
  private static final ImmutableSet<String> SAME_VALUES = ImmutableSet.of(
      "get", "next", "previous", "getFirst", "getLast", "element", "peek", "poll", "pop", "filter",
      "sorted", "distinct", "limit", "skip", "takeWhile", "dropWhile", "findFirst", "findAny", "min",
      "max", "orElse", "orElseThrow", "values", "iterator", "listIterator", "stream", "parallelStream",
      "toList", "unordered", "sequential", "parallel");

  /** Types whose methods hand on the values they hold. */
  private static final ImmutableSet<String> CONTAINERS = ImmutableSet.of(
      "java.lang.Iterable", "java.util.Iterator", "java.util.stream.Stream", "java.util.Optional", "java.util.Map");
}

package io.github.ormcheck.checker.bugpatterns;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker.MemberReferenceTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import io.github.ormcheck.checker.errorprone.CheckSupport;
import io.github.ormcheck.checker.javac.Calls;
import io.github.ormcheck.checker.javac.Expressions;
import io.github.ormcheck.checker.javac.KnownTypes;
import io.github.ormcheck.checker.javac.PerCompilation;
import io.github.ormcheck.checker.javac.Scans;
import io.github.ormcheck.checker.loading.CalleeQueries;
import io.github.ormcheck.checker.loading.ElementLoop;
import io.github.ormcheck.checker.loading.ElementLoops;
import io.github.ormcheck.checker.loading.HeldIds;
import io.github.ormcheck.checker.loading.Memoization;
import io.github.ormcheck.checker.loading.QueryCalls.QueryCall;
import io.github.ormcheck.checker.loading.QueryCalls;
import io.github.ormcheck.checker.loading.SecondLevelCache;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.lang.model.element.ElementKind;

/**
 * {@code QueryInLoop}: a query runs once per element of a loop or stream (a repository finder,
 * {@code EntityManager.find}, an executed JPQL query): 1 + N queries where one batched query and
 * a Map lookup would do.
 */
@AutoService(BugChecker.class)
@BugPattern(
    name = "QueryInLoop",
    summary =
        "A query runs once per element of a loop: 1 + N queries. Load the rows with one batched"
            + " query before the loop and look them up in a Map.",
    severity = WARNING,
    linkType = CUSTOM,
    link = "https://github.com/ormcheck/ormcheck/blob/main/docs/rules/QueryInLoop.md",
    tags = {"ormcheck", "loading", "Performance"})
public final class QueryInLoop extends OrmCheck
    implements MethodInvocationTreeMatcher, MemberReferenceTreeMatcher {
  /** Stream and iterable methods whose function arguments run once per element. */
  private static final ImmutableSet<String> PER_ELEMENT_STAGES =
      ImmutableSet.of(
          "map", "mapToObj", "mapToInt", "mapToLong", "mapToDouble", "flatMap", "mapMulti", "filter",
          "peek", "forEach", "forEachOrdered", "anyMatch", "allMatch", "noneMatch", "takeWhile",
          "dropWhile", "forEachRemaining");

  private static final String BASE_STREAM = "java.util.stream.BaseStream";

  /** Error Prone asks about every call: the compilation's helpers, looked up once. */
  private final PerCompilation<QueryCalls> queryCalls = new PerCompilation<>(QueryCalls::instance);

  private final PerCompilation<CalleeQueries> calleeQueries = new PerCompilation<>(CalleeQueries::instance);

  private final PerCompilation<ElementLoops> elementLoops = new PerCompilation<>(ElementLoops::instance);

  /** For ServiceLoader, which Error Prone uses to find plugin checks. */
  public QueryInLoop() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public QueryInLoop(ErrorProneFlags flags) {
    super(flags);
  }

  /** A loop around the query: {@code region} holds what may change per element. */
  private record Loop(Tree region, String description) {}

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    try {
      Optional<QueryCall> query = queryCalls.get(state.context).of(tree, state.getPath());
      if (query.isPresent()) {
        check(query.get(), tree, enclosingLoops(state.getPath(), state), state);
      } else if (TreeInfo.symbol((JCTree) tree.getMethodSelect()) instanceof Symbol.MethodSymbol method) {
        checkCallee(method, tree, tree.getArguments(), state);
      }
    } catch (RuntimeException | LinkageError e) {
      // A construct the analysis does not understand: stay silent rather than break the build.
      CheckSupport.internalError(this, state, options, e);
    }
    return Description.NO_MATCH;
  }

  @Override
  public Description matchMemberReference(MemberReferenceTree tree, VisitorState state) {
    try {
      Optional<QueryCall> query = queryCalls.get(state.context).of(tree);
      if (query.isPresent()) {
        check(query.get(), tree, referenceLoops(state), state);
      } else if (TreeInfo.symbol((JCTree) tree) instanceof Symbol.MethodSymbol method
          && method.getParameters().size() == 1
          && tree.getMode() == MemberReferenceTree.ReferenceMode.INVOKE
          && !(TreeInfo.symbol((JCTree) tree.getQualifierExpression()) instanceof Symbol.TypeSymbol && !method.isStatic())) {
        // this::countComments, Counts::of: the element is the one argument.
        Optional<CalleeQueries.Found> found = calleeQueries.get(state.context).of(method, CalleeQueries.MAX_DEPTH);
        if (found.isPresent() && found.get().parameters().contains(0)) {
          check(new QueryCall(tree + " (" + found.get().description() + ")", ImmutableList.of(), false),
              tree, referenceLoops(state), state);
        }
      }
    } catch (RuntimeException | LinkageError e) {
      // As above: never throw into javac.
      CheckSupport.internalError(this, state, options, e);
    }
    return Description.NO_MATCH;
  }

  /** The loops a method reference runs in: the stage it is passed to, and the loops around that. */
  private List<Loop> referenceLoops(VisitorState state) {
    List<Loop> loops = new ArrayList<>();
    stage(state.getPath(), state).ifPresent(loops::add);
    if (!loops.isEmpty()) {
      loops.addAll(enclosingLoops(state.getPath().getParentPath(), state));
    }
    return loops;
  }

  /**
   * A call in a loop of a method that runs a query depending on its parameters ({@link
   * CalleeQueries}): reported at the call when an argument it passes for them changes per element.
   */
  private void checkCallee(
      Symbol.MethodSymbol method, MethodInvocationTree call, List<? extends ExpressionTree> arguments, VisitorState state) {
    if (arguments.isEmpty() || !insideLoopOrLambda(state.getPath())) {
      return;
    }
    // The called method first: one map lookup for most calls, and loops only around the few that query.
    Optional<CalleeQueries.Found> found = calleeQueries.get(state.context).of(method, CalleeQueries.MAX_DEPTH);
    if (found.isEmpty()) {
      return;
    }
    List<Loop> loops = enclosingLoops(state.getPath(), state);
    if (loops.isEmpty()) {
      return;
    }
    ImmutableList.Builder<ExpressionTree> passed = ImmutableList.builder();
    for (int index : found.get().parameters()) {
      if (index < arguments.size()) {
        passed.add(arguments.get(index));
      }
    }
    String name = method.getSimpleName() + "(..)";
    check(new QueryCall(name + " (" + found.get().description() + ")", passed.build(), true, found.get().lookup(arguments)),
        call, loops, state);
  }

  /** A cheap first test for {@link #enclosingLoops}: is there any loop or lambda up to the method? */
  private static boolean insideLoopOrLambda(TreePath where) {
    for (TreePath path = where.getParentPath(); path != null; path = path.getParentPath()) {
      Tree leaf = path.getLeaf();
      if (leaf instanceof MethodTree || leaf instanceof ClassTree) {
        return false;
      }
      if (leaf instanceof EnhancedForLoopTree || leaf instanceof ForLoopTree || leaf instanceof WhileLoopTree
          || leaf instanceof LambdaExpressionTree) {
        return true;
      }
    }
    return false;
  }

  private void check(QueryCall query, Tree at, List<Loop> loops, VisitorState state) {
    if (loops.isEmpty() || Memoization.onMiss(state.getPath())) {
      return; // Not in a loop; or run only when the code's own store misses, once per key.
    }
    if (query.lookup().isPresent()
        && HeldIds.instance(state.context).held(query.lookup().get(), state.getPath())) {
      return; // A lookup of an entity the code holds: the persistence context answers it.
    }
    if (query.lookup().isPresent() && SecondLevelCache.caches(query.lookup().get().entity())) {
      return; // A lookup by id of an entity in the second-level cache: the cache answers it.
    }
    for (Loop loop : loops) {
      if (overChunks(loop, query, state)) {
        continue; // One query per chunk of a partitioned collection: the batched form already.
      }
      if (!query.argumentsKnown() || query.arguments().stream().anyMatch(a -> !invariant(a, loop.region(), state))) {
        CheckSupport.report(this, state, options, at, message(query, loop), Optional.empty(), symbol(query, state));
        return;
      }
    }
  }

  /**
   * The element loops around a call, innermost first, up to the enclosing method or the first
   * lambda that is not a per-element stage (a Runnable, a Supplier, a transaction callback). Such
   * a lambda between the call and every loop means none: its code runs when someone calls it, not
   * per element. Loops inside it still run per element whenever it runs.
   */
  private List<Loop> enclosingLoops(TreePath where, VisitorState state) {
    List<Loop> loops = new ArrayList<>();
    ElementLoops elementLoops = this.elementLoops.get(state.context);
    Tree child = where.getLeaf();
    for (TreePath path = where.getParentPath(); path != null; child = path.getLeaf(), path = path.getParentPath()) {
      Tree leaf = path.getLeaf();
      if (leaf instanceof MethodTree || leaf instanceof ClassTree) {
        break;
      }
      if (leaf instanceof LambdaExpressionTree) {
        Optional<Loop> stage = stage(path, state);
        if (stage.isEmpty()) {
          break;
        }
        loops.add(stage.get());
      } else if (leaf instanceof EnhancedForLoopTree loop && child == loop.getStatement()) {
        if (!enumConstants(loop.getExpression())) {
          loops.add(new Loop(loop, "the loop over " + source(loop.getExpression(), state)));
        }
      } else if (leaf instanceof ForLoopTree loop && child == loop.getStatement()) {
        indexedSource(loop, elementLoops, state)
            .ifPresent(source -> loops.add(new Loop(loop, "the loop over " + source)));
      } else if (leaf instanceof WhileLoopTree loop && child == loop.getStatement()) {
        iteratorSource(loop, state).ifPresent(source -> loops.add(new Loop(loop, "the loop over " + source)));
      }
    }
    return loops;
  }

  /** {@code i < ids.size()} or {@code i < ids.length}: one iteration per element. */
  private static Optional<String> indexedSource(ForLoopTree loop, ElementLoops elementLoops, VisitorState state) {
    Optional<ElementLoop> overList = elementLoops.of(loop);
    if (overList.isPresent()) {
      return Optional.of(source(overList.get().source(), state));
    }
    if (!(loop.getCondition() instanceof BinaryTree condition)
        || (condition.getKind() != Tree.Kind.LESS_THAN && condition.getKind() != Tree.Kind.LESS_THAN_EQUAL)) {
      return Optional.empty();
    }
    ExpressionTree bound = Expressions.strip(condition.getRightOperand());
    if (bound instanceof MemberSelectTree length && length.getIdentifier().contentEquals("length")
        && ASTHelpers.getType(length.getExpression()) instanceof Type.ArrayType) {
      return Optional.of(source(length.getExpression(), state));
    }
    if (bound instanceof MethodInvocationTree size && size.getArguments().isEmpty()
        && size.getMethodSelect() instanceof MemberSelectTree select
        && select.getIdentifier().contentEquals("size")
        && isSubtype(ASTHelpers.getType(select.getExpression()), "java.util.Collection", state)) {
      return Optional.of(source(select.getExpression(), state));
    }
    return Optional.empty();
  }

  /** {@code while (it.hasNext())} over a {@code java.util.Iterator}. */
  private static Optional<String> iteratorSource(WhileLoopTree loop, VisitorState state) {
    if (Expressions.strip(loop.getCondition()) instanceof MethodInvocationTree hasNext
        && hasNext.getArguments().isEmpty()
        && hasNext.getMethodSelect() instanceof MemberSelectTree select
        && select.getIdentifier().contentEquals("hasNext")
        && isSubtype(ASTHelpers.getType(select.getExpression()), "java.util.Iterator", state)) {
      return Optional.of(source(select.getExpression(), state));
    }
    return Optional.empty();
  }

  /**
   * A lambda or method reference passed to a per-element stream stage or to {@code forEach}: the
   * loop over the pipeline's source.
   */
  private static Optional<Loop> stage(TreePath function, VisitorState state) {
    TreePath parent = function.getParentPath();
    if (parent == null || !(parent.getLeaf() instanceof MethodInvocationTree call)
        || !call.getArguments().contains(function.getLeaf())
        || !(call.getMethodSelect() instanceof MemberSelectTree select)
        || !PER_ELEMENT_STAGES.contains(select.getIdentifier().toString())) {
      return Optional.empty();
    }
    ExpressionTree receiver = select.getExpression();
    Type type = ASTHelpers.getType(receiver);
    if (isSubtype(type, BASE_STREAM, state)) {
      ExpressionTree source = pipelineSource(receiver, state);
      return enumConstants(source)
          ? Optional.empty()
          : Optional.of(new Loop(function.getLeaf(), "the stream over " + source(source, state)));
    }
    if (select.getIdentifier().contentEquals("forEach")
        && (isSubtype(type, "java.lang.Iterable", state) || isSubtype(type, "java.util.Map", state))) {
      return enumConstants(receiver)
          ? Optional.empty()
          : Optional.of(new Loop(function.getLeaf(), "the forEach over " + source(receiver, state)));
    }
    // Spring Data's Page.map and Slice.map apply the function to each element at once.
    if (select.getIdentifier().contentEquals("map") && isSubtype(type, "java.lang.Iterable", state)) {
      return Optional.of(new Loop(function.getLeaf(), "the map over " + source(receiver, state)));
    }
    if (select.getIdentifier().contentEquals("forEachRemaining") && isSubtype(type, "java.util.Iterator", state)) {
      return Optional.of(new Loop(function.getLeaf(), "the loop over " + source(receiver, state)));
    }
    return Optional.empty();
  }

  /**
   * The constants of an enum ({@code TaskType.values()}, {@code EnumSet.allOf(TaskType.class)},
   * {@code Arrays.stream(TaskType.values())}): as many iterations as the code declares, whatever
   * the data. A query per constant is a fixed number of queries, not this rule's 1 + N.
   */
  private static boolean enumConstants(ExpressionTree source) {
    if (!(Expressions.strip(source) instanceof MethodInvocationTree call)) {
      return false;
    }
    Symbol.MethodSymbol method = ASTHelpers.getSymbol(call);
    if (method == null || !method.isStatic()) {
      return false;
    }
    String owner = method.owner.getQualifiedName().toString();
    String name = method.getSimpleName().toString();
    if (name.equals("values") && call.getArguments().isEmpty() && (method.owner.flags() & Flags.ENUM) != 0) {
      return true;
    }
    if (owner.equals("java.util.EnumSet") && name.equals("allOf")) {
      return true;
    }
    return call.getArguments().size() == 1
        && (owner.equals("java.util.Arrays") && name.equals("stream")
            || owner.equals("java.util.stream.Stream") && name.equals("of")
            || owner.equals("java.util.List") && name.equals("of")
            || owner.equals("java.util.Arrays") && name.equals("asList"))
        && enumConstants(call.getArguments().get(0));
  }

  /** {@code ids.stream().filter(..).map(..)} to {@code ids}. */
  private static ExpressionTree pipelineSource(ExpressionTree stream, VisitorState state) {
    ExpressionTree current = Expressions.strip(stream);
    for (int step = 0; step < 32 && current instanceof MethodInvocationTree call
        && call.getMethodSelect() instanceof MemberSelectTree select; step++) {
      ExpressionTree receiver = select.getExpression();
      if (ASTHelpers.getSymbol(receiver) instanceof Symbol.TypeSymbol) {
        return current; // Stream.concat(a, b), Stream.of(..): the call is the source.
      }
      if (!isSubtype(ASTHelpers.getType(receiver), BASE_STREAM, state)) {
        return isSubtype(ASTHelpers.getType(receiver), "java.lang.Iterable", state) ? receiver : current;
      }
      current = Expressions.strip(receiver);
    }
    return current;
  }

  /**
   * A loop over chunks ({@code for (List<Long> chunk : Lists.partition(ids, 500))}) whose query
   * takes the chunk whole: as an argument, or, for a query object, through {@code setParameter}
   * in the loop. That is the batched query this rule asks for, one per chunk. A collection read
   * off an element ({@code findByIdIn(order.getLineIds())} per order) is no chunk: the elements
   * are orders.
   */
  private static boolean overChunks(Loop loop, QueryCall query, VisitorState state) {
    Symbol element = loop.region() instanceof EnhancedForLoopTree each
        ? ASTHelpers.getSymbol(each.getVariable())
        : loop.region() instanceof LambdaExpressionTree lambda && lambda.getParameters().size() == 1
            ? ASTHelpers.getSymbol(lambda.getParameters().get(0))
            : null;
    if (element == null
        || !(element.type instanceof Type.ArrayType || isSubtype(element.type, "java.lang.Iterable", state))) {
      return false;
    }
    if (query.argumentsKnown()) {
      List<ExpressionTree> varying = query.arguments().stream()
          .filter(argument -> !invariant(argument, loop.region(), state))
          .collect(java.util.stream.Collectors.toList());
      return !varying.isEmpty()
          && varying.stream().allMatch(argument -> ASTHelpers.getSymbol(Expressions.strip(argument)) == element);
    }
    // The query object's own parameters: in the chain that executes it, or set on its variable.
    if (!(state.getPath().getLeaf() instanceof MethodInvocationTree execution)) {
      return false;
    }
    ExpressionTree link = execution;
    while (link instanceof MethodInvocationTree call && call.getMethodSelect() instanceof MemberSelectTree select) {
      if (bindsChunk(call, element)) {
        return true;
      }
      link = Expressions.strip(select.getExpression());
    }
    Symbol variable = link instanceof IdentifierTree ? ASTHelpers.getSymbol(link) : null;
    return variable instanceof Symbol.VarSymbol && Scans.anyCall(loop.region(), call -> bindsChunk(call, element)
        && call.getMethodSelect() instanceof MemberSelectTree select
        && ASTHelpers.getSymbol(Expressions.strip(select.getExpression())) == variable);
  }

  /** {@code setParameter("ids", chunk)}. */
  private static boolean bindsChunk(MethodInvocationTree call, Symbol element) {
    return call.getMethodSelect() instanceof MemberSelectTree select
        && select.getIdentifier().toString().startsWith("setParameter")
        && call.getArguments().stream().anyMatch(a -> ASTHelpers.getSymbol(Expressions.strip(a)) == element);
  }

  /**
   * Whether a value cannot change from one iteration to the next, as far as the code shows:
   * constants, class literals, final fields, final or effectively final variables declared
   * outside the loop, and effectively final locals of the loop body computed from those alone
   * ({@link #computedInvariant}). Anything else may depend on the element.
   */
  private static boolean invariant(ExpressionTree argument, Tree region, VisitorState state) {
    return invariant(argument, region, state, 0);
  }

  private static boolean invariant(ExpressionTree argument, Tree region, VisitorState state, int depth) {
    ExpressionTree tree = Expressions.strip(argument);
    if (tree instanceof LiteralTree || ((JCTree) tree).type != null && ((JCTree) tree).type.constValue() != null) {
      return true;
    }
    if (tree instanceof MemberSelectTree select && select.getIdentifier().contentEquals("class")) {
      return true;
    }
    if (!(tree instanceof IdentifierTree) && !(tree instanceof MemberSelectTree)) {
      return false;
    }
    Symbol symbol = ASTHelpers.getSymbol(tree);
    if (!(symbol instanceof Symbol.VarSymbol variable)) {
      return false;
    }
    boolean finalish = (variable.flags() & (Flags.FINAL | Flags.EFFECTIVELY_FINAL)) != 0;
    if (variable.getKind() == ElementKind.FIELD) {
      boolean plainReceiver = tree instanceof IdentifierTree
          || isThis(((MemberSelectTree) tree).getExpression())
          || variable.isStatic();
      return (variable.flags() & Flags.FINAL) != 0 && plainReceiver;
    }
    if (!finalish) {
      return false;
    }
    int start = ASTHelpers.getStartPosition(region);
    int end = state.getEndPosition(region);
    if (variable.pos < start || variable.pos >= end) {
      return true;
    }
    // Declared in the loop: the same value every time if computed from invariant values only.
    return depth < 4 && Scans.declaration(region, variable)
        .map(VariableTree::getInitializer)
        .filter(value -> computedInvariant(value, region, state, depth + 1))
        .isPresent();
  }

  /**
   * A value computed without the element: invariant values ({@link #invariant}), operators on
   * them, static methods given them ({@code hash(tenant, type)}), and plain getters of this object
   * ({@code getTenant()}, whose body returns a field). A call on any other object may return
   * something new each time ({@code it.next()}, {@code queue.poll()}).
   */
  private static boolean computedInvariant(ExpressionTree value, Tree region, VisitorState state, int depth) {
    ExpressionTree tree = Expressions.strip(value);
    if (tree instanceof BinaryTree binary) {
      return computedInvariant(binary.getLeftOperand(), region, state, depth)
          && computedInvariant(binary.getRightOperand(), region, state, depth);
    }
    if (!(tree instanceof MethodInvocationTree call)) {
      return invariant(tree, region, state, depth);
    }
    Symbol.MethodSymbol method = ASTHelpers.getSymbol(call);
    if (method == null) {
      return false;
    }
    if (method.isStatic()) {
      // A function of its arguments; without any it is a source of its own (UUID.randomUUID()).
      return !call.getArguments().isEmpty()
          && call.getArguments().stream().allMatch(argument -> computedInvariant(argument, region, state, depth));
    }
    List<Symbol> fields = new ArrayList<>();
    return Calls.throughThis(call) && call.getArguments().isEmpty() && returnsField(method, state, 0, fields)
        && !assignedIn(region, fields, state);
  }

  /**
   * A getter whose body, in this compilation, is {@code return field;}, or hands on another
   * object's such getter ({@code return builder.getTenant();}); the fields it reads go to {@code
   * fields}, so that a loop that assigns one of them is seen to change it.
   */
  private static boolean returnsField(Symbol.MethodSymbol method, VisitorState state, int depth, List<Symbol> fields) {
    Optional<ExpressionTree> body = Calls.returned(JavacTrees.instance(state.context), method);
    if (body.isEmpty()) {
      return false;
    }
    ExpressionTree returned = body.get();
    if (returned instanceof MethodInvocationTree delegate) {
      return depth < 2 && delegate.getArguments().isEmpty()
          && delegate.getMethodSelect() instanceof MemberSelectTree select
          && ASTHelpers.getSymbol(Expressions.strip(select.getExpression())) instanceof Symbol.VarSymbol holder
          && holder.getKind() == ElementKind.FIELD
          && ASTHelpers.getSymbol(delegate) != null
          && fields.add(holder)
          && returnsField(ASTHelpers.getSymbol(delegate), state, depth + 1, fields);
    }
    return ASTHelpers.getSymbol(returned) instanceof Symbol.VarSymbol field
        && field.getKind() == ElementKind.FIELD
        && fields.add(field);
  }

  /**
   * Whether the loop assigns one of {@code fields}: directly, or in a method of this object it
   * calls ({@code setRegion(name)}).
   */
  private static boolean assignedIn(Tree region, List<Symbol> fields, VisitorState state) {
    return Scans.anyAssignment(region, fields::contains)
        || Scans.anyCall(region, call -> {
          JCTree.JCMethodDecl callee = Calls.throughThis(call) && ASTHelpers.getSymbol(call) != null
              ? JavacTrees.instance(state.context).getTree(ASTHelpers.getSymbol(call))
              : null;
          return callee != null && callee.body != null && Scans.anyAssignment(callee.body, fields::contains);
        });
  }

  private static boolean isThis(ExpressionTree tree) {
    return tree instanceof IdentifierTree identifier && identifier.getName().contentEquals("this");
  }

  private static boolean isSubtype(Type type, String name, VisitorState state) {
    return KnownTypes.instance(state.context).isSubtype(type, name);
  }

  /** The source text of an expression, on one line and short. */
  private static String source(ExpressionTree expression, VisitorState state) {
    String text = state.getSourceForNode(expression);
    if (text == null) {
      return "its elements";
    }
    String oneLine = text.replaceAll("\\s+", " ").trim();
    return oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine;
  }

  private static String message(QueryCall query, Loop loop) {
    String advice = query.counts()
        ? "Count them for all elements with one grouped query before the loop ('select x, count(..)"
            + " ... where x in :xs group by x'; for existence, 'select x ... where x in :xs') and look"
            + " each one up in a Map or Set inside it."
        : "Load them with one batched query before the loop (findAllById(ids), a 'where x in :ids'"
            + " query or a join fetch) and look each one up in a Map inside it.";
    return String.format("%s runs once per element of %s: 1 + N queries. %s", query.description(), loop.description(), advice);
  }

  private static String symbol(QueryCall query, VisitorState state) {
    MethodTree method = state.findEnclosing(MethodTree.class);
    Symbol owner = method == null ? null : ASTHelpers.getSymbol(method);
    return (owner == null ? "?" : owner.owner.getQualifiedName() + "#" + owner) + "/" + query.description();
  }
}

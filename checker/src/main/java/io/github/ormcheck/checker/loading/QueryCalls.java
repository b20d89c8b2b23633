package io.github.ormcheck.checker.loading;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import com.sun.tools.javac.util.Context;
import io.github.ormcheck.checker.frameworks.HibernateApi;
import io.github.ormcheck.checker.frameworks.JpaApi;
import io.github.ormcheck.checker.frameworks.Panache;
import io.github.ormcheck.checker.frameworks.PersistenceSessions;
import io.github.ormcheck.checker.frameworks.SpringData;
import io.github.ormcheck.checker.javac.CompilationScope;
import io.github.ormcheck.checker.javac.Expressions;
import io.github.ormcheck.checker.javac.KnownTypes;
import io.github.ormcheck.checker.model.Mirrors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.ElementKind;

/**
 * Calls that run one select each: Spring Data repository query methods (derived, {@code @Query},
 * CRUD finders, {@code count}/{@code exists}), {@code EntityManager.find}, Hibernate {@code
 * Session.get/find} and {@code byId(..).load}, proxies ({@code getReferenceById}, {@code
 * getReference}, {@code load}) once a non-id attribute is read, and executed JPQL/HQL queries.
 * Writes and the batched forms (many ids or rows at once) are not query calls here.
 */
public final class QueryCalls {
  /** Reading these on a proxy does not initialize it. */
  private static final ImmutableSet<String> PROXY_SAFE = ImmutableSet.of("getId", "getClass");

  private static final ImmutableSet<String> WRITE_PREFIXES = ImmutableSet.of("save", "delete", "remove");

  /** {@code in :ids}, {@code in (:ids)}, {@code in ?1}: a collection parameter, one query for many. */
  private static final Pattern IN_PARAMETER = Pattern.compile("(?i)\\bin\\s*\\(?\\s*[:?]");

  private static final ImmutableSet<String> QUERY_TYPES =
      ImmutableSet.<String>builder()
          .addAll(JpaApi.names(JpaApi.QUERY))
          .add(HibernateApi.SELECTION_QUERY, HibernateApi.LEGACY_QUERY)
          .build();

  /**
   * One query call.
   *
   * @param description how the message names it, e.g. {@code CustomerRepository.findById}
   * @param arguments the values the query depends on (call arguments, query parameters)
   * @param argumentsKnown false when the query may depend on more than {@code arguments} (a query
   *     object built elsewhere, a method reference fed with the elements)
   * @param lookup the primary key and the entity type, when the call looks one entity up by its
   *     id without a lock ({@code findById}, {@code EntityManager.find}, {@code getReference},
   *     {@code Session.get}, {@code byId(..).load}): the persistence context answers such a lookup
   *     without SQL when it holds the entity
   */
  public record QueryCall(
      String description, ImmutableList<ExpressionTree> arguments, boolean argumentsKnown, Optional<Lookup> lookup,
      boolean counts) {

    public QueryCall(String description, ImmutableList<ExpressionTree> arguments, boolean argumentsKnown) {
      this(description, arguments, argumentsKnown, Optional.empty());
    }

    public QueryCall(
        String description, ImmutableList<ExpressionTree> arguments, boolean argumentsKnown, Optional<Lookup> lookup) {
      this(description, arguments, argumentsKnown, lookup, false);
    }

    /** The same query, known to count or test existence ({@code countByStatus}, {@code existsById}). */
    QueryCall counting(String method) {
      return method.startsWith("count") || method.startsWith("exists")
          ? new QueryCall(description, arguments, argumentsKnown, lookup, true)
          : this;
    }
  }

  /** A lookup by primary key: the id expression, and the entity type looked up. */
  public record Lookup(ExpressionTree id, Type entity) {}

  /** What a method is to this analysis; it depends on the method alone, so it is decided once per method. */
  private enum Kind {
    NONE,
    REPOSITORY_QUERY,
    /** {@code getReferenceById}: a query once the proxy is used for more than its id. */
    REPOSITORY_REFERENCE,
    SESSION_FIND,
    SESSION_REFERENCE,
    ID_LOAD,
    /** A query-executing name ({@code getResultList}): a query if the receiver is a query object. */
    EXECUTE,
    /** Panache's entity base or repository: {@code Person.findById(id)}, {@code people.list("status", s)}. */
    PANACHE_QUERY,
    /** Panache's query object run: {@code Person.find("name", n).firstResult()}. */
    PANACHE_EXECUTE
  }

  private static final Context.Key<QueryCalls> KEY = new Context.Key<>();

  private final KnownTypes known;
  /** Asked at every call of the compilation: the answer per method symbol. */
  private final Map<Symbol.MethodSymbol, Kind> kinds = new HashMap<>();

  private QueryCalls(Context context) {
    this.known = KnownTypes.instance(context);
  }

  /** The compilation's instance. */
  public static QueryCalls instance(Context context) {
    return CompilationScope.instance(context, KEY, QueryCalls::new);
  }

  /** The query {@code call} runs, if it runs one; {@code where} is the path to the call. */
  public Optional<QueryCall> of(MethodInvocationTree call, TreePath where) {
    if (!(TreeInfo.symbol((JCTree) call.getMethodSelect()) instanceof Symbol.MethodSymbol method)) {
      return Optional.empty();
    }
    Kind kind = kind(method);
    if (kind == Kind.NONE) {
      return Optional.empty();
    }
    String name = method.getSimpleName().toString();
    Optional<ExpressionTree> receiver = Origins.receiver(call);
    return switch (kind) {
      case REPOSITORY_REFERENCE, SESSION_REFERENCE -> initializesProxy(where)
          ? Optional.of(new QueryCall(ownerName(receiver, method) + "." + name, args(call), true, lookup(kind, name, call, receiver)))
          : Optional.empty();
      case REPOSITORY_QUERY, SESSION_FIND ->
          Optional.of(new QueryCall(ownerName(receiver, method) + "." + name, args(call), true, lookup(kind, name, call, receiver))
              .counting(name));
      case ID_LOAD -> receiver.isPresent() ? byIdLoad(call, name, receiver.get()) : Optional.empty();
      case EXECUTE -> receiver.isPresent() && isQueryType(((JCTree) receiver.get()).type)
          ? execution(call, name, receiver.get(), where)
          : Optional.empty();
      case PANACHE_QUERY -> batched(call)
          ? Optional.empty() // Person.list("id in ?1", ids): the batched form
          : Optional.of(new QueryCall(panacheOwner(receiver, method, where) + "." + name, args(call), true, panacheLookup(name, call, receiver))
              .counting(name));
      case PANACHE_EXECUTE -> receiver.isPresent() ? panacheExecution(call, name, receiver.get(), where) : Optional.empty();
      case NONE -> Optional.empty();
    };
  }

  /**
   * The lookup by id a call makes: a repository's one argument, of the repository's entity type; a
   * session's second, of the class its first names. A third argument other than a properties map
   * is a lock, which a lookup of a managed entity still sends to the database.
   */
  private Optional<Lookup> lookup(Kind kind, String name, MethodInvocationTree call, Optional<ExpressionTree> receiver) {
    List<? extends ExpressionTree> arguments = call.getArguments();
    return switch (kind) {
      case REPOSITORY_REFERENCE, REPOSITORY_QUERY ->
          arguments.size() == 1 && (kind == Kind.REPOSITORY_REFERENCE || name.equals("findById"))
              ? receiver.flatMap(this::repositoryEntity).map(entity -> new Lookup(arguments.get(0), entity))
              : Optional.empty();
      case SESSION_FIND, SESSION_REFERENCE ->
          arguments.size() == 2 || arguments.size() == 3 && known.isSubtype(((JCTree) arguments.get(2)).type, "java.util.Map")
              ? classLiteral(arguments.get(0)).map(entity -> new Lookup(arguments.get(1), entity))
              : Optional.empty();
      default -> Optional.empty();
    };
  }

  /** The {@code T} of {@code Repository<T, ID>} for a repository expression. */
  private Optional<Type> repositoryEntity(ExpressionTree repository) {
    return known.typeArgument(((JCTree) repository).type, SpringData.REPOSITORY);
  }

  /**
   * {@code Person.findById(id)} or {@code people.findById(id)} without a lock: the entity type is
   * the class the static method is called on, or the repository's {@code PanacheRepositoryBase}
   * type argument.
   */
  private Optional<Lookup> panacheLookup(String name, MethodInvocationTree call, Optional<ExpressionTree> receiver) {
    if (!Panache.BY_ID.contains(name) || call.getArguments().size() != 1 || receiver.isEmpty()) {
      return Optional.empty();
    }
    Type type = ((JCTree) receiver.get()).type;
    if (type == null) {
      return Optional.empty();
    }
    if (TreeInfo.symbol((JCTree) receiver.get()) instanceof Symbol.ClassSymbol) {
      return Optional.of(new Lookup(call.getArguments().get(0), type)); // Person.findById(id)
    }
    return known.typeArgument(type, Panache.REPOSITORY_BASE).map(entity -> new Lookup(call.getArguments().get(0), entity));
  }

  /**
   * {@code Person.find("name", n).page(0, 10).firstResult()}: the arguments of the chain back to
   * the {@code find} that made the query are the query's; a query object from elsewhere may carry
   * anything.
   */
  private Optional<QueryCall> panacheExecution(MethodInvocationTree call, String name, ExpressionTree receiver, TreePath where) {
    List<ExpressionTree> arguments = new ArrayList<>(call.getArguments());
    ExpressionTree current = Expressions.strip(receiver);
    while (current instanceof MethodInvocationTree link
        && TreeInfo.symbol((JCTree) link.getMethodSelect()) instanceof Symbol.MethodSymbol symbol) {
      arguments.addAll(link.getArguments());
      if (Panache.QUERY_FACTORIES.contains(symbol.getSimpleName().toString())
          && Panache.isBase(symbol.owner.getQualifiedName())) {
        if (batched(link) || arguments.stream().anyMatch(this::isCollection)) {
          return Optional.empty(); // find("id in ?1", ids): the batched form
        }
        return Optional.of(new QueryCall(panacheOwner(Origins.receiver(link), (Symbol.MethodSymbol) symbol, where) + "." + symbol.getSimpleName()
            + "(..)." + name, ImmutableList.copyOf(arguments), true).counting(name));
      }
      current = Origins.receiver(link).map(Expressions::strip).orElse(null);
    }
    return Optional.of(new QueryCall("PanacheQuery." + name, ImmutableList.copyOf(arguments), false));
  }

  /**
   * A Panache select for a collection of values: a collection argument, or an {@code in} parameter
   * in its text ({@code list("id in :ids", Parameters.with("ids", chunk))}).
   */
  private boolean batched(MethodInvocationTree select) {
    return select.getArguments().stream().anyMatch(this::isCollection) || takesCollectionParameter(select);
  }

  /** Query text with an {@code in} parameter ({@code "... where o.id in :ids"}) as the call's first argument. */
  public static boolean takesCollectionParameter(MethodInvocationTree call) {
    return Expressions.leadingText(call).filter(text -> IN_PARAMETER.matcher(text).find()).isPresent();
  }

  /**
   * Who a Panache method is called on: the receiver's type, or, called without one inside an
   * entity or repository ({@code find("name", n)} in {@code Person}), the class around the call.
   */
  private static String panacheOwner(Optional<ExpressionTree> receiver, Symbol.MethodSymbol method, TreePath where) {
    if (receiver.isEmpty()) {
      for (TreePath path = where; path != null; path = path.getParentPath()) {
        if (path.getLeaf() instanceof com.sun.source.tree.ClassTree type && !type.getSimpleName().isEmpty()) {
          return type.getSimpleName().toString();
        }
      }
    }
    return ownerName(receiver, method);
  }

  /** {@code Order.class}: {@code Order}. */
  private static Optional<Type> classLiteral(ExpressionTree expression) {
    Type type = ((JCTree) expression).type;
    return type != null && type.getTypeArguments().size() == 1
        ? Optional.of(type.getTypeArguments().get(0))
        : Optional.empty();
  }

  private Kind kind(Symbol.MethodSymbol method) {
    return kinds.computeIfAbsent(method, this::classify);
  }

  private Kind classify(Symbol.MethodSymbol method) {
    String name = method.getSimpleName().toString();
    if (Panache.isBase(method.owner.getQualifiedName())) {
      return Panache.EXECUTING.contains(name) ? Kind.PANACHE_QUERY : Kind.NONE;
    }
    if (method.owner.getQualifiedName().contentEquals(Panache.QUERY)) {
      return Panache.QUERY_EXECUTING.contains(name) ? Kind.PANACHE_EXECUTE : Kind.NONE;
    }
    if (isRepositoryQuery(method)) {
      return SpringData.REFERENCES.contains(name) ? Kind.REPOSITORY_REFERENCE : Kind.REPOSITORY_QUERY;
    }
    if (PersistenceSessions.isSession(method.owner.getQualifiedName())) {
      if (name.equals("find") || name.equals("get")) {
        return Kind.SESSION_FIND;
      }
      return JpaApi.REFERENCE.contains(name) ? Kind.SESSION_REFERENCE : Kind.NONE;
    }
    if (HibernateApi.ID_LOADS.contains(name)) {
      return Kind.ID_LOAD;
    }
    // A JDK method (Collection.stream, List.stream, Optional.stream) is no query's, whatever its
    // receiver: no query type inherits one. Decided here, so the receiver's type is not asked.
    return JpaApi.EXECUTE.contains(name) && !isJdkMethod(method) ? Kind.EXECUTE : Kind.NONE;
  }

  private static boolean isJdkMethod(Symbol.MethodSymbol method) {
    return method.owner instanceof Symbol.ClassSymbol owner
        && owner.packge().getQualifiedName().toString().startsWith("java.");
  }

  /** {@code customers::findById}: a repository query per element it is applied to. */
  public Optional<QueryCall> of(MemberReferenceTree reference) {
    Symbol symbol = TreeInfo.symbol((JCTree) reference);
    if (!(symbol instanceof Symbol.MethodSymbol)
        || reference.getMode() != MemberReferenceTree.ReferenceMode.INVOKE
        || !symbol.isStatic() && TreeInfo.symbol((JCTree) reference.getQualifierExpression()) instanceof Symbol.TypeSymbol) {
      return Optional.empty(); // Type::method: the element is the receiver, not a repository.
    }
    Symbol.MethodSymbol method = (Symbol.MethodSymbol) symbol;
    if (kind(method) != Kind.REPOSITORY_QUERY && (kind(method) != Kind.PANACHE_QUERY || method.getParameters().isEmpty())) {
      return Optional.empty();
    }
    String name = ownerName(Optional.of(reference.getQualifierExpression()), method) + "." + method.getSimpleName();
    // The element is the argument: the query depends on it.
    return Optional.of(new QueryCall(name, ImmutableList.of(), false));
  }

  private Optional<QueryCall> byIdLoad(MethodInvocationTree call, String name, ExpressionTree receiver) {
    ExpressionTree byId = Expressions.strip(receiver);
    if (!(byId instanceof MethodInvocationTree)) {
      return Optional.empty();
    }
    Symbol access = TreeInfo.symbol((JCTree) ((MethodInvocationTree) byId).getMethodSelect());
    if (access == null || !access.getSimpleName().contentEquals(HibernateApi.BY_ID)
        || !PersistenceSessions.isSession(access.owner.getQualifiedName())) {
      return Optional.empty();
    }
    List<ExpressionTree> arguments = new ArrayList<>(((MethodInvocationTree) byId).getArguments());
    arguments.addAll(call.getArguments());
    Optional<Lookup> lookup = call.getArguments().size() == 1 && ((MethodInvocationTree) byId).getArguments().size() == 1
        ? classLiteral(((MethodInvocationTree) byId).getArguments().get(0)).map(entity -> new Lookup(call.getArguments().get(0), entity))
        : Optional.empty();
    return Optional.of(new QueryCall(
        access.owner.getSimpleName() + ".byId(..)." + name, ImmutableList.copyOf(arguments), true, lookup));
  }

  /**
   * {@code em.createQuery("...").setParameter("id", id).getResultList()}: the parameters of the
   * chain are the query's arguments. So are those of a local variable that holds the query, when
   * the method only calls its setters: {@code TypedQuery<Order> q = em.createQuery(..);
   * q.setParameter("id", id); return q.getResultList();} ({@link #localQuery}). A query object
   * from anywhere else (a field, a parameter, a helper) may carry anything.
   */
  private Optional<QueryCall> execution(MethodInvocationTree call, String name, ExpressionTree receiver, TreePath where) {
    List<ExpressionTree> arguments = new ArrayList<>(call.getArguments());
    ExpressionTree current = Expressions.strip(receiver);
    boolean local = false;
    for (int step = 0; step < 32 && (current instanceof MethodInvocationTree
        || !local && current instanceof IdentifierTree); step++) {
      if (current instanceof IdentifierTree variable) {
        local = true;
        Optional<ExpressionTree> definition = localQuery(variable, where, arguments);
        if (definition.isEmpty()) {
          break;
        }
        current = Expressions.strip(definition.get());
        continue;
      }
      MethodInvocationTree link = (MethodInvocationTree) current;
      Symbol symbol = TreeInfo.symbol((JCTree) link.getMethodSelect());
      if (symbol == null) {
        break;
      }
      String linkName = symbol.getSimpleName().toString();
      if ((JpaApi.CREATE_QUERY.contains(linkName) || HibernateApi.CREATE_QUERY.contains(linkName))
          && PersistenceSessions.isQueryFactory(symbol.owner.getQualifiedName())) {
        if (takesCollectionParameter(link)) {
          return Optional.empty(); // One query for a collection of values: the batched form.
        }
        arguments.addAll(link.getArguments());
        if (arguments.stream().anyMatch(this::isCollection)) {
          return Optional.empty();
        }
        String factory = Origins.receiver(link)
            .map(r -> ((JCTree) r).type)
            .filter(t -> t != null && t.tsym != null)
            .map(t -> t.tsym.getSimpleName().toString())
            .orElse(symbol.owner.getSimpleName().toString());
        return Optional.of(new QueryCall(
            factory + "." + linkName + "(..)." + name, ImmutableList.copyOf(arguments), true));
      }
      arguments.addAll(link.getArguments());
      current = Origins.receiver(link).map(Expressions::strip).orElse(null);
    }
    if (arguments.stream().anyMatch(this::isCollection)) {
      return Optional.empty();
    }
    Type type = ((JCTree) receiver).type;
    return Optional.of(new QueryCall(
        type.tsym.getSimpleName() + "." + name, ImmutableList.copyOf(arguments), false));
  }

  /**
   * The query a local variable holds, when the method gives it one value and otherwise only calls
   * methods on it ({@code q.setParameter("id", id)}, {@code q.setMaxResults(10)}, the execution):
   * the value, with the arguments of those calls added to {@code arguments}. Empty when the
   * variable is written twice, passed on, returned or captured: then something else may set its
   * parameters.
   */
  private static Optional<ExpressionTree> localQuery(
      IdentifierTree identifier, TreePath where, List<ExpressionTree> arguments) {
    Symbol variable = TreeInfo.symbol((JCTree) identifier);
    if (variable == null || variable.getKind() != ElementKind.LOCAL_VARIABLE || where == null) {
      return Optional.empty();
    }
    MethodTree method = ASTHelpers.findEnclosingNode(where, MethodTree.class);
    if (method == null || method.getBody() == null) {
      return Optional.empty();
    }
    List<ExpressionTree> found = new ArrayList<>();
    ExpressionTree[] value = new ExpressionTree[1];
    boolean[] unknown = new boolean[1];
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree tree, Void unused) {
        if (TreeInfo.symbolFor((JCTree) tree) == variable) {
          unknown[0] |= value[0] != null || tree.getInitializer() == null;
          value[0] = tree.getInitializer();
          scan(tree.getInitializer(), null);
          return null;
        }
        return super.visitVariable(tree, null);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
        ExpressionTree select = tree.getMethodSelect();
        if (select instanceof MemberSelectTree member
            && TreeInfo.symbol((JCTree) Expressions.strip(member.getExpression())) == variable) {
          found.addAll(tree.getArguments()); // q.setParameter(..), q.getResultList(): a use of the query
          scan(tree.getArguments(), null);
          return null;
        }
        return super.visitMethodInvocation(tree, null);
      }

      @Override
      public Void visitIdentifier(IdentifierTree tree, Void unused) {
        unknown[0] |= TreeInfo.symbol((JCTree) tree) == variable; // any other use: assigned, passed, returned
        return null;
      }
    }.scan(method.getBody(), null);
    if (unknown[0] || value[0] == null) {
      return Optional.empty();
    }
    arguments.addAll(found);
    return Optional.of(value[0]);
  }

  /**
   * A method of a Spring Data repository interface that selects: derived queries (including
   * {@code count}/{@code exists}), {@code @Query} without {@code @Modifying}, CRUD finders. Not
   * the writes, and not the batched forms ({@code findAllById}, a collection parameter).
   */
  private boolean isRepositoryQuery(Symbol.MethodSymbol method) {
    if ((method.flags() & (Flags.DEFAULT | Flags.STATIC)) != 0 || !(method.owner instanceof Symbol.ClassSymbol)
        || !method.owner.isInterface()) {
      return false;
    }
    if (!known.isSubtype(method.owner.type, SpringData.REPOSITORY)) {
      return false;
    }
    String name = method.getSimpleName().toString();
    if (SpringData.WRITES.contains(name) || SpringData.BATCHED.contains(name)
        || WRITE_PREFIXES.stream().anyMatch(name::startsWith)
        || Mirrors.find(method, SpringData.MODIFYING).isPresent()) {
      return false;
    }
    for (Symbol.VarSymbol parameter : method.getParameters()) {
      if (known.holdsManyValues(parameter.type)) {
        return false;
      }
    }
    if (Mirrors.find(method, SpringData.QUERY).isPresent() || SpringData.CRUD_QUERIES.contains(name)
        || SpringData.REFERENCES.contains(name)) {
      return true;
    }
    for (String prefix : SpringData.QUERY_PREFIXES) {
      if (name.startsWith(prefix) && name.length() > prefix.length()
          && Character.isUpperCase(name.charAt(prefix.length()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the proxy a call returns is used right away for more than its id. */
  private static boolean initializesProxy(TreePath where) {
    TreePath parent = where.getParentPath();
    while (parent != null && parent.getLeaf() instanceof com.sun.source.tree.ParenthesizedTree) {
      parent = parent.getParentPath();
    }
    return parent != null
        && parent.getLeaf() instanceof MemberSelectTree
        && parent.getParentPath() != null
        && parent.getParentPath().getLeaf() instanceof MethodInvocationTree
        && !PROXY_SAFE.contains(((MemberSelectTree) parent.getLeaf()).getIdentifier().toString());
  }

  private boolean isQueryType(Type type) {
    if (type == null) {
      return false;
    }
    for (String name : QUERY_TYPES) {
      if (known.isSubtype(type, name)) {
        return true;
      }
    }
    return false;
  }

  private boolean isCollection(ExpressionTree argument) {
    return known.holdsManyValues(((JCTree) argument).type);
  }

  private static ImmutableList<ExpressionTree> args(MethodInvocationTree call) {
    return ImmutableList.copyOf(call.getArguments());
  }

  /** The receiver's declared type (CustomerRepository), else the method's owner (CrudRepository). */
  private static String ownerName(Optional<ExpressionTree> receiver, Symbol.MethodSymbol method) {
    return receiver
        .map(r -> ((JCTree) r).type)
        .filter(t -> t != null && t.tsym != null && !t.isPrimitive())
        .map(t -> t.tsym.getSimpleName().toString())
        .orElse(method.owner.getSimpleName().toString());
  }
}

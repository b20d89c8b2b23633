package io.github.ormcheck.checker.bugpatterns;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import io.github.ormcheck.checker.javac.Display;
import io.github.ormcheck.checker.javac.KnownTypes;
import io.github.ormcheck.checker.errorprone.CheckSupport;
import io.github.ormcheck.checker.javac.PerCompilation;
import io.github.ormcheck.checker.transactions.DataAccess;
import io.github.ormcheck.checker.transactions.TransactionAttributes;
import io.github.ormcheck.checker.transactions.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import javax.inject.Inject;

/**
 * {@code TransactionalSelfInvocation}: a call through {@code this} (implicit or explicit, also
 * from a lambda or an inner class) to a {@code @Transactional} method of the same bean, where the
 * callee's attributes differ from the context the call runs in. The call bypasses the proxy, so
 * the callee's attributes are silently ignored.
 */
@AutoService(BugChecker.class)
@BugPattern(
    name = "TransactionalSelfInvocation",
    summary =
        "A @Transactional method is called through this: the call bypasses the transaction proxy,"
            + " so the callee's transaction attributes are ignored.",
    severity = WARNING,
    linkType = CUSTOM,
    link = "https://github.com/ormcheck/ormcheck/blob/main/docs/rules/TransactionalSelfInvocation.md",
    tags = {"ormcheck", "transactions", "LikelyError"})
public final class TransactionalSelfInvocation extends OrmCheck implements MethodInvocationTreeMatcher {
  /**
   * The attributes a proxy applies to a call that joins a running transaction: the rollback rules
   * (Spring's and Jakarta's) and the transaction manager.
   */
  private static final com.google.common.collect.ImmutableSet<String> ACT_ON_JOINING_CALLS =
      com.google.common.collect.ImmutableSet.of(
          "rollbackFor", "rollbackForClassName", "noRollbackFor", "noRollbackForClassName",
          "rollbackOn", "dontRollbackOn", "transactionManager");

  /** Quarkus's CDI container, which intercepts self-invocations. */
  private static final String QUARKUS_ARC = "io.quarkus.arc.Arc";

  /** Error Prone asks about every call: the compilation's helper, looked up once. */
  private final PerCompilation<Transactions> transactions = new PerCompilation<>(Transactions::instance);

  /** For ServiceLoader, which Error Prone uses to find plugin checks. */
  public TransactionalSelfInvocation() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public TransactionalSelfInvocation(ErrorProneFlags flags) {
    super(flags);
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    try {
      Symbol.MethodSymbol callee = ASTHelpers.getSymbol(tree);
      if (callee == null || callee.isStatic() || !throughThis(tree, callee, state)) {
        return Description.NO_MATCH;
      }
      Transactions transactions = this.transactions.get(state.context);
      Optional<TransactionAttributes> target = transactions.declared(callee);
      if (target.isEmpty()) {
        return Description.NO_MATCH;
      }
      MethodTree enclosing = state.findEnclosing(MethodTree.class);
      Symbol.MethodSymbol caller = enclosing == null ? null : ASTHelpers.getSymbol(enclosing);
      if (caller == null) {
        return Description.NO_MATCH;
      }
      if (!target.get().containerManaged() && !target.get().springManaged()
          && KnownTypes.instance(state.context).find(QUARKUS_ARC).isPresent()) {
        // Quarkus's CDI container intercepts calls through this too: the attributes apply.
        return Description.NO_MATCH;
      }
      Optional<Transactions.Root> context = transactions.enclosing(state.getPath());
      if (context.isEmpty() && (caller.flags() & Flags.PRIVATE) != 0 && !inHandoff(state, transactions)) {
        // A private helper's context is its callers'; not known here.
        return Description.NO_MATCH;
      }
      if (context.isEmpty() && target.get().containerManaged()
          && transactions.containerManaged(caller).filter(attributes -> !attributes.transactional()).isEmpty()) {
        // In an enterprise bean, a caller without a transaction of its own is a helper, a
        // lifecycle or asynchronous method, whose transaction the container decides by rules
        // this analysis does not model; only a business method that declares none is known to
        // run without one.
        return Description.NO_MATCH;
      }
      boolean attributesKnown = context.isPresent();
      if (context.isEmpty()) {
        if (!inHandoff(state, transactions) && !transactions.outsideTransaction(caller)
            && io.github.ormcheck.checker.transactions.PersistenceWrites.instance(state.context).writesInContext(enclosing)) {
          // The caller writes through the persistence context, which works only inside a
          // transaction its own callers began: the callee runs in that one, with or without the
          // proxy, unless it asks for another.
          context = Optional.of(new Transactions.Root(caller.getSimpleName().toString(), TransactionAttributes.joined()));
        }
      }
      // Overloads are told apart by their parameters: load(Long) calls load(Long, LockMode).
      boolean overload = caller.getSimpleName() == callee.getSimpleName();
      String calleeName = overload ? Display.signature(callee) : callee.getSimpleName() + "()";
      // A method that takes its attributes from its class (or the container's default) and only
      // computes, a getter or a formatter, runs the same with or without the proxy: there the
      // class's annotation is incidental. Its rollback rules and transaction manager still act
      // on a joining call, and are compared as before.
      BooleanSupplier incidental = () -> !transactions.annotatedItself(callee)
          && DataAccess.instance(state.context).onlyComputes(callee);
      Optional<String> lost = lost(context, attributesKnown, target.get(), calleeName, incidental);
      if (lost.isPresent()) {
        String rootName = context.map(Transactions.Root::name).orElse(caller.getSimpleName().toString());
        String callerName = overload && rootName.equals(caller.getSimpleName().toString())
            ? Display.signature(caller)
            : rootName;
        String message = target.get().containerManaged()
            ? String.format(
                "%s calls %s through this, which bypasses the container's transaction interceptor: %s."
                    + " Call it through the bean's container reference (SessionContext"
                    + ".getBusinessObject, or this bean injected with @EJB), or move %s to another bean.",
                callerName, calleeName, lost.get(), callee.getSimpleName())
            : String.format(
                "%s calls %s through this, which bypasses the transaction proxy: %s. Call it"
                    + " through the proxy (move %s to another bean, or inject this bean's proxy),"
                    + " or use a TransactionTemplate with the attributes you need.",
                callerName, calleeName, lost.get(), callee.getSimpleName());
        CheckSupport.report(this, state, options, tree, message,
            Optional.empty(),
            caller.owner.getQualifiedName() + "#" + caller + "->" + callee.getSimpleName());
      }
    } catch (RuntimeException | LinkageError e) {
      // Never throw into javac.
      CheckSupport.internalError(this, state, options, e);
    }
    return Description.NO_MATCH;
  }

  /**
   * What the bypass changes, or empty when caller and callee agree. {@code incidental} says
   * whether the callee's propagation is moot: where it runs changes nothing for a method that only
   * computes and carries no annotation of its own.
   */
  private static Optional<String> lost(
      Optional<Transactions.Root> context, boolean attributesKnown, TransactionAttributes target,
      String name, BooleanSupplier incidental) {
    String propagation = target.propagation();
    if (context.isEmpty()) {
      if ((propagation.equals("REQUIRED") || propagation.equals("REQUIRES_NEW") || propagation.equals("NESTED"))
          && !incidental.getAsBoolean()) {
        return Optional.of("no transaction starts, so " + name + " runs without one and each repository call"
            + " commits on its own");
      }
      return Optional.empty();
    }
    if (List.of("REQUIRES_NEW", "NESTED", "NOT_SUPPORTED", "NEVER").contains(propagation) && incidental.getAsBoolean()) {
      return Optional.empty();
    }
    switch (propagation) {
      case "REQUIRES_NEW":
        return Optional.of(name + " runs in the caller's transaction instead of a new one, so its work commits or"
            + " rolls back with the caller's");
      case "NESTED":
        return Optional.of("no savepoint is set for " + name + ", so its failure rolls back the caller's whole"
            + " transaction");
      case "NOT_SUPPORTED":
      case "NEVER":
        return Optional.of(name + " runs inside the caller's transaction although it is declared "
            + propagation);
      default:
        break;
    }
    // The callee joins the caller's transaction, as it would through the proxy: Spring applies
    // readOnly, isolation and timeout only when a transaction begins, so only the attributes that
    // act on a joining call differ (rollback rules mark the transaction rollback-only, another
    // transaction manager is another transaction).
    if (!attributesKnown) {
      return Optional.empty(); // The caller's transaction is inferred: its attributes are not known.
    }
    TransactionAttributes own = context.get().attributes();
    List<String> differences = new ArrayList<>();
    for (String key : new TreeSet<>(union(own, target))) {
      if (!ACT_ON_JOINING_CALLS.contains(key)) {
        continue;
      }
      String mine = own.others().getOrDefault(key, "default");
      String theirs = target.others().getOrDefault(key, "default");
      if (!mine.equals(theirs)) {
        differences.add(key + " " + theirs + " (the caller's: " + mine + ")");
      }
    }
    return differences.isEmpty()
        ? Optional.empty()
        : Optional.of(name + " runs with the caller's transaction attributes, not its own "
            + String.join(", ", differences));
  }

  private static java.util.Set<String> union(TransactionAttributes a, TransactionAttributes b) {
    java.util.Set<String> keys = new java.util.HashSet<>(a.others().keySet());
    keys.addAll(b.others().keySet());
    return keys;
  }

  /** {@code m()}, {@code this.m()} or {@code Outer.this.m()} on a method of the enclosing bean. */
  private static boolean throughThis(MethodInvocationTree tree, Symbol.MethodSymbol callee, VisitorState state) {
    ExpressionTree select = tree.getMethodSelect();
    if (select instanceof MemberSelectTree member) {
      ExpressionTree receiver = member.getExpression();
      // Compared as javac's interned name: asked for every call of the compilation.
      com.sun.tools.javac.util.Name self = state.getNames()._this;
      boolean isThis = receiver instanceof IdentifierTree id && id.getName() == self
          || receiver instanceof MemberSelectTree outer && outer.getIdentifier() == self;
      if (!isThis) {
        return false;
      }
    } else if (!(select instanceof IdentifierTree)) {
      return false;
    }
    // The callee is a member of the class the call sits in (or of an enclosing class).
    for (Symbol.ClassSymbol type = ASTHelpers.enclosingClass(ASTHelpers.getSymbol(state.findEnclosing(com.sun.source.tree.ClassTree.class)));
        type != null; type = ASTHelpers.enclosingClass(type)) {
      if (type.isSubClass(callee.owner, state.getTypes())) {
        return true;
      }
    }
    Symbol.ClassSymbol innermost = ASTHelpers.getSymbol(state.findEnclosing(com.sun.source.tree.ClassTree.class));
    return innermost != null && innermost.isSubClass(callee.owner, state.getTypes());
  }

  private static boolean inHandoff(VisitorState state, Transactions transactions) {
    for (com.sun.source.util.TreePath path = state.getPath(); path != null && path.getParentPath() != null; path = path.getParentPath()) {
      if (path.getLeaf() instanceof MethodTree) {
        return false;
      }
      if (transactions.isHandoff(path.getParentPath().getLeaf(), path.getLeaf())) {
        return true;
      }
    }
    return false;
  }
}

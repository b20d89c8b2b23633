package io.github.ormcheck.checker.bugpatterns;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.common.collect.ImmutableList;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.google.common.collect.ImmutableSet;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.tools.javac.code.Symbol;
import io.github.ormcheck.checker.errorprone.CheckSupport;
import io.github.ormcheck.checker.frameworks.RemoteApis;
import io.github.ormcheck.checker.frameworks.RemoteApis.RemoteApi;
import io.github.ormcheck.checker.javac.PerCompilation;
import io.github.ormcheck.checker.transactions.RemoteCalls;
import io.github.ormcheck.checker.transactions.RemotePaths;
import io.github.ormcheck.checker.transactions.RemotePaths.RemotePath;
import io.github.ormcheck.checker.transactions.Transactions;
import java.util.Optional;
import javax.inject.Inject;

/**
 * {@code RemoteCallInTransaction}: an HTTP call, message send, mail, gRPC or AWS SDK call (or a
 * {@code @RemoteCall} method) runs while a transaction is open, directly or through helper
 * methods. Reported at the call that leaves the transactional method, with the chain.
 */
@AutoService(BugChecker.class)
@BugPattern(
    name = "RemoteCallInTransaction",
    summary =
        "A network call or external side effect runs inside a transaction: the transaction holds"
            + " its database connection and locks while it waits. Move it after the commit or out"
            + " of the transaction.",
    severity = WARNING,
    linkType = CUSTOM,
    link = "https://github.com/ormcheck/ormcheck/blob/main/docs/rules/RemoteCallInTransaction.md",
    tags = {"ormcheck", "transactions", "Performance"})
public final class RemoteCallInTransaction extends OrmCheck implements MethodInvocationTreeMatcher {
  /** Error Prone asks about every call: the compilation's helper, looked up once. */
  private final PerCompilation<Transactions> transactions = new PerCompilation<>(Transactions::instance);

  private final ImmutableList<RemoteApi> userApis;

  /** For ServiceLoader, which Error Prone uses to find plugin checks. */
  public RemoteCallInTransaction() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public RemoteCallInTransaction(ErrorProneFlags flags) {
    super(flags);
    this.userApis = options.remoteApis().stream().map(RemoteCallInTransaction::api).collect(ImmutableList.toImmutableList());
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    try {
      Symbol.MethodSymbol callee = ASTHelpers.getSymbol(tree);
      if (callee == null) {
        return Description.NO_MATCH;
      }
      Transactions transactions = this.transactions.get(state.context);
      Optional<Transactions.Root> root = transactions.enclosing(state.getPath())
          .filter(found -> found.attributes().alwaysTransactional());
      if (root.isEmpty()) {
        return Description.NO_MATCH;
      }
      // One RemotePaths per compilation (and per user API list, which the options fix): its
      // per-method answers serve every call.
      RemotePaths paths = transactions.<ImmutableList<RemoteApi>, RemotePaths>memo("remote-paths-by-api-list")
          .computeIfAbsent(userApis, apis -> new RemotePaths(transactions, new RemoteCalls(state.context, apis)));
      Optional<RemotePath> remote = paths.of(tree, callee);
      if (remote.isPresent()) {
        CheckSupport.report(this, state, options, tree, message(root.get(), remote.get()), Optional.empty(),
            symbol(remote.get(), state), story(root.get(), state));
      }
    } catch (RuntimeException | LinkageError e) {
      // A construct the analysis does not understand: stay silent rather than break the build.
      CheckSupport.internalError(this, state, options, e);
    }
    return Description.NO_MATCH;
  }

  /**
   * Where the transaction starts: the enclosing method, annotated or running the
   * TransactionTemplate whose callback holds the call.
   */
  private static java.util.List<CheckSupport.Step> story(Transactions.Root root, VisitorState state) {
    for (com.sun.source.util.TreePath path = state.getPath(); path != null; path = path.getParentPath()) {
      com.sun.source.tree.Tree leaf = path.getLeaf();
      if (leaf instanceof com.sun.source.tree.MethodTree) {
        return java.util.List.of(new CheckSupport.Step(leaf, root.attributes().containerManaged()
            ? "the container's transaction of " + root.name() + " runs from here until it commits"
            : "the transaction of " + root.name() + " holds its connection from here until it commits"));
      }
    }
    return java.util.List.of();
  }

  private static RemoteApi api(String entry) {
    int hash = entry.indexOf('#');
    return hash < 0
        ? new RemoteApi(entry, ImmutableSet.of(), RemoteApis.REMOTE)
        : new RemoteApi(entry.substring(0, hash), ImmutableSet.of(entry.substring(hash + 1)), RemoteApis.REMOTE);
  }

  private static String message(Transactions.Root root, RemotePath remote) {
    String chain = root.name() + " -> " + String.join(" -> ", remote.chain());
    // A JTA transaction enlists the database connection when the code first uses it; a Spring
    // resource-local one takes it when it begins.
    String holds = root.attributes().containerManaged()
        ? "which, once it has used the database, holds its connection and locks until the remote side answers"
        : "which holds its database connection and locks until the remote side answers";
    return String.format(
        "%s: %s runs inside the transaction of %s (%s), %s, and cannot undo the call on rollback."
            + " Move it after the commit (%s, an outbox table) or out of the transaction.",
        chain, remote.kind(), root.name(), describe(root), holds, afterCommit(root));
  }

  private static String describe(Transactions.Root root) {
    String annotation = root.attributes().annotation();
    String simple = annotation.substring(annotation.lastIndexOf('.') + 1);
    if (simple.equals("TransactionTemplate")) {
      return "a TransactionTemplate callback";
    }
    if (root.attributes().containerManaged()) {
      return simple.equals("TransactionAttribute")
          ? "@TransactionAttribute(" + root.attributes().propagation() + ")"
          : "the container-managed transaction a @" + simple + " bean runs it in";
    }
    return "@" + simple + (root.attributes().readOnly() ? "(readOnly = true), which still holds a connection" : "");
  }

  /**
   * How the code's framework runs code after the commit: Spring's for Spring's annotation and
   * template, CDI's for an enterprise bean, either for Jakarta's {@code @Transactional}, which
   * both Spring and CDI containers honor.
   */
  private static String afterCommit(Transactions.Root root) {
    String spring = "@TransactionalEventListener(phase = AFTER_COMMIT)";
    String cdi = "a CDI observer with @Observes(during = TransactionPhase.AFTER_SUCCESS)";
    if (root.attributes().springManaged()) {
      return spring;
    }
    return root.attributes().containerManaged() ? cdi : spring + " in Spring, " + cdi + " in Jakarta EE";
  }

  private static String symbol(RemotePath remote, VisitorState state) {
    MethodTree method = state.findEnclosing(MethodTree.class);
    Symbol owner = method == null ? null : ASTHelpers.getSymbol(method);
    return (owner == null ? "?" : owner.owner.getQualifiedName() + "#" + owner) + "/" + String.join("->", remote.chain());
  }
}

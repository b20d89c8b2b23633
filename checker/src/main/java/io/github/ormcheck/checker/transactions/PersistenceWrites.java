package io.github.ormcheck.checker.transactions;

import com.google.common.collect.ImmutableSet;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import com.sun.tools.javac.util.Context;
import io.github.ormcheck.checker.frameworks.HibernateApi;
import io.github.ormcheck.checker.frameworks.JpaApi;
import io.github.ormcheck.checker.frameworks.Panache;
import io.github.ormcheck.checker.frameworks.SpringData;
import io.github.ormcheck.checker.javac.Calls;
import io.github.ormcheck.checker.javac.CompilationScope;
import io.github.ormcheck.checker.javac.KnownTypes;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which calls write through the persistence layer: a Spring Data repository's {@code save} or
 * {@code delete}, an {@code EntityManager}'s or Hibernate {@code Session}'s persist, merge, remove,
 * save, update or delete. Named for messages ("OrderRepository.save"). One per compilation.
 */
public final class PersistenceWrites {
  private static final Context.Key<PersistenceWrites> KEY = new Context.Key<>();
  private static final ImmutableSet<String> REPOSITORY_WRITES = ImmutableSet.of("save", "saveAndFlush", "delete");
  private static final ImmutableSet<String> SESSION_WRITES =
      ImmutableSet.of("persist", "merge", "remove", "save", "update", "saveOrUpdate", "delete");

  private final KnownTypes known;
  private final JavacTrees trees;

  private PersistenceWrites(Context context) {
    this.known = KnownTypes.instance(context);
    this.trees = JavacTrees.instance(context);
  }

  public static PersistenceWrites instance(Context context) {
    return CompilationScope.instance(context, KEY, PersistenceWrites::new);
  }

  /** A call on a receiver, as the write tests read it. */
  record Call(MemberSelectTree select, Symbol.MethodSymbol method, Type receiver) {
    String name() {
      return method.getSimpleName().toString();
    }

    /** {@code Order.setStatus}, {@code OrderRepository.save}. */
    String display() {
      return receiver.tsym.getSimpleName() + "." + name();
    }
  }

  /** {@code tree} as a call on a typed receiver, or empty for an unqualified or unattributed call. */
  static Optional<Call> call(MethodInvocationTree tree) {
    if (!(TreeInfo.symbol((JCTree) tree.getMethodSelect()) instanceof Symbol.MethodSymbol method)
        || !(tree.getMethodSelect() instanceof MemberSelectTree select)
        || ((JCTree) select.getExpression()).type == null) {
      return Optional.empty();
    }
    return Optional.of(new Call(select, method, ((JCTree) select.getExpression()).type));
  }

  /**
   * A write through an {@code EntityManager} or a Hibernate {@code Session}, which takes effect
   * only inside a transaction.
   */
  public Optional<String> sessionWrite(MethodInvocationTree tree) {
    return call(tree).flatMap(this::sessionWrite);
  }

  /** A repository's {@code save}/{@code delete}, a Panache entity's or repository's write, or a {@link #sessionWrite}. */
  Optional<String> of(Call call) {
    if (REPOSITORY_WRITES.contains(call.name()) && known.isSubtype(call.receiver(), SpringData.REPOSITORY)) {
      return Optional.of(call.display());
    }
    if (Panache.WRITES.contains(call.name()) && Panache.isBase(call.method().owner.getQualifiedName())) {
      return Optional.of(call.display());
    }
    return sessionWrite(call);
  }

  private Optional<String> sessionWrite(Call call) {
    String name = call.name();
    Type receiver = call.receiver();
    String owner = call.method().owner.getQualifiedName().toString();
    if (SESSION_WRITES.contains(name)
        && (JpaApi.names(JpaApi.ENTITY_MANAGER).contains(owner) || owner.equals(HibernateApi.SESSION)
            || known.isSubtype(receiver, HibernateApi.SESSION)
            || JpaApi.names(JpaApi.ENTITY_MANAGER).stream().anyMatch(em -> known.isSubtype(receiver, em)))) {
      return Optional.of(call.display());
    }
    return Optional.empty();
  }

  /**
   * Whether {@code method}'s own code writes through an {@code EntityManager} or Hibernate {@code
   * Session}, which takes effect only in a transaction, so that the method runs in one its callers
   * began. (A Spring Data repository's {@code save} is transactional by itself and proves
   * nothing.) Its own code is its body without the lambdas and classes that may run elsewhere, but
   * with the lambdas a collection, stream, map or {@code Optional} runs at once ({@code
   * list.forEach(e -> em.remove(e))}), and with the methods of the same object it calls through
   * {@code this}, which run in its context whatever their annotations say ({@code delete(key)}
   * that finds the entity and hands it to {@code delete(entity)}), {@link #CONTEXT_DEPTH} deep.
   */
  public boolean writesInContext(com.sun.source.tree.MethodTree method) {
    return writesInContext((JCTree.JCMethodDecl) method, CONTEXT_DEPTH, new HashSet<>());
  }

  /** How many methods deep {@link #writesInContext} follows calls through {@code this}. */
  private static final int CONTEXT_DEPTH = 3;

  /** Receivers whose methods run a lambda argument at once, on this thread. */
  private static final ImmutableSet<String> IN_PLACE =
      ImmutableSet.of("java.lang.Iterable", "java.util.stream.BaseStream", "java.util.Map", "java.util.Optional");

  private boolean writesInContext(JCTree.JCMethodDecl declaration, int depth, Set<JCTree.JCMethodDecl> seen) {
    if (declaration == null || declaration.body == null || depth == 0 || !seen.add(declaration)) {
      return false;
    }
    Boolean found = new TreeScanner<Boolean, Void>() {
      @Override
      public Boolean visitMethodInvocation(MethodInvocationTree call, Void unused) {
        return sessionWrite(call).isPresent()
            || Calls.throughThis(call)
                && TreeInfo.symbol((JCTree) call.getMethodSelect()) instanceof Symbol.MethodSymbol callee
                && writesInContext(trees.getTree(callee), depth - 1, seen)
            || inPlaceLambdaWrites(call)
            || Boolean.TRUE.equals(super.visitMethodInvocation(call, null));
      }

      private boolean inPlaceLambdaWrites(MethodInvocationTree call) {
        Optional<Call> on = call(call);
        if (on.isEmpty() || IN_PLACE.stream().noneMatch(type -> known.isSubtype(on.get().receiver(), type))) {
          return false;
        }
        for (ExpressionTree argument : call.getArguments()) {
          if (argument instanceof LambdaExpressionTree lambda && Boolean.TRUE.equals(scan(lambda.getBody(), null))) {
            return true;
          }
        }
        return false;
      }

      @Override
      public Boolean visitLambdaExpression(LambdaExpressionTree lambda, Void unused) {
        return false;
      }

      @Override
      public Boolean visitClass(ClassTree local, Void unused) {
        return false;
      }

      @Override
      public Boolean reduce(Boolean a, Boolean b) {
        return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
      }
    }.scan(declaration.body, null);
    return Boolean.TRUE.equals(found);
  }
}

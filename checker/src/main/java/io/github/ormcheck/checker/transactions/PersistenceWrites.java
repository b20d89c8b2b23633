package io.github.ormcheck.checker.transactions;

import com.google.common.collect.ImmutableSet;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import com.sun.tools.javac.util.Context;
import io.github.ormcheck.checker.frameworks.HibernateApi;
import io.github.ormcheck.checker.frameworks.JpaApi;
import io.github.ormcheck.checker.frameworks.SpringData;
import io.github.ormcheck.checker.javac.CompilationScope;
import io.github.ormcheck.checker.javac.KnownTypes;
import java.util.Optional;

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

  private PersistenceWrites(Context context) {
    this.known = KnownTypes.instance(context);
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

  /** A repository's {@code save}/{@code delete}, or a {@link #sessionWrite}. */
  Optional<String> of(Call call) {
    if (REPOSITORY_WRITES.contains(call.name()) && known.isSubtype(call.receiver(), SpringData.REPOSITORY)) {
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
}

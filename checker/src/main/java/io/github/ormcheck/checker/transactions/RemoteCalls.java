package io.github.ormcheck.checker.transactions;

import com.google.common.collect.ImmutableList;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.tree.TreeInfo;
import com.sun.tools.javac.util.Context;
import io.github.ormcheck.checker.javac.KnownTypes;
import io.github.ormcheck.checker.javac.NameSet;
import io.github.ormcheck.checker.frameworks.RemoteApis;
import io.github.ormcheck.checker.frameworks.RemoteApis.RemoteApi;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a call leaves the process: the APIs of {@link RemoteApis}, the user's additions, and
 * methods annotated {@code @RemoteCall} or declared by an HTTP interface ({@code @FeignClient},
 * {@code @HttpExchange}). Works on attributed trees without a {@code VisitorState}, so the call
 * graph can ask about calls in other methods.
 */
public final class RemoteCalls {
  /** A remote call: {@code display} as in {@code RestTemplate.put}, {@code kind} as in "an HTTP call". */
  public record Remote(String display, String kind) {}

  private final KnownTypes known;
  private final ImmutableList<RemoteApi> apis;
  private final Map<Symbol.MethodSymbol, Optional<String>> declaredRemote = new HashMap<>();

  /** The method names of the APIs, when each names its methods; null when one takes them all. */
  private final NameSet apiMethods;
  private final NameSet reactorBlocking;

  public RemoteCalls(Context context, List<RemoteApi> userApis) {
    this.known = KnownTypes.instance(context);
    this.apis = ImmutableList.<RemoteApi>builder().addAll(RemoteApis.BUILT_IN).addAll(userApis).build();
    this.apiMethods = apis.stream().anyMatch(api -> api.methods().isEmpty())
        ? null
        : new NameSet(context, apis.stream().flatMap(api -> api.methods().stream()).toList());
    this.reactorBlocking = new NameSet(context, RemoteApis.REACTOR_BLOCKING);
  }

  /** The remote call {@code call} is, if any. Asked for every call inside a transaction. */
  public Optional<Remote> of(MethodInvocationTree call) {
    if (!(TreeInfo.symbol((com.sun.tools.javac.tree.JCTree) call.getMethodSelect()) instanceof Symbol.MethodSymbol method)) {
      return Optional.empty();
    }
    Symbol.ClassSymbol owner = method.enclClass();
    Type receiver = receiverType(call).orElse(owner.type);
    // The method's name rules out most calls before any type is looked at.
    if (apiMethods == null || apiMethods.contains(method.getSimpleName())) {
      String name = method.getSimpleName().toString();
      for (RemoteApi api : apis) {
        if ((api.methods().isEmpty() || api.methods().contains(name))
            && (known.isSubtype(receiver, api.type()) || known.isSubtype(owner.type, api.type()))) {
          return Optional.of(new Remote(display(receiver, name), api.kind()));
        }
      }
    }
    Optional<String> declared = declaredRemote(method);
    if (declared.isPresent()) {
      return Optional.of(new Remote(display(receiver, method.getSimpleName()), declared.get()));
    }
    if (!method.isStatic() && known.isSubtype(receiver, RemoteApis.AWS_SDK_CLIENT)
        && !RemoteApis.AWS_LOCAL_METHODS.contains(method.getSimpleName().toString())) {
      return Optional.of(new Remote(display(receiver, method.getSimpleName()), RemoteApis.AWS));
    }
    if (reactorBlocking.contains(method.getSimpleName())
        && RemoteApis.REACTOR_PUBLISHERS.contains(owner.getQualifiedName().toString())
        && fromWebClient(call)) {
      return Optional.of(new Remote("WebClient..." + method.getSimpleName(), RemoteApis.HTTP));
    }
    return Optional.empty();
  }

  private static String display(Type receiver, CharSequence name) {
    return receiver.tsym.getSimpleName() + "." + name;
  }

  /**
   * The kind of remote call a method is by its declaration alone: annotated {@code @RemoteCall},
   * declared by an HTTP interface, a gRPC blocking stub's own method. Kept per method: asked for
   * every call inside a transaction.
   */
  private Optional<String> declaredRemote(Symbol.MethodSymbol method) {
    return declaredRemote.computeIfAbsent(method, this::declaredRemoteUncached);
  }

  private Optional<String> declaredRemoteUncached(Symbol.MethodSymbol method) {
    Symbol.ClassSymbol owner = method.enclClass();
    if (annotated(method, RemoteApis.REMOTE_CALL) || annotated(owner, RemoteApis.REMOTE_CALL)) {
      return Optional.of(RemoteApis.REMOTE);
    }
    if (RemoteApis.HTTP_INTERFACE_ANNOTATIONS.stream().anyMatch(a -> annotated(method, a) || annotated(owner, a))
        && !method.isDefault() && !method.isStatic()) {
      return Optional.of(RemoteApis.HTTP);
    }
    if (!method.isStatic() && known.isSubtype(owner.type, RemoteApis.GRPC_BLOCKING_STUB)
        && !owner.packge().getQualifiedName().contentEquals(RemoteApis.GRPC_STUB_PACKAGE)) {
      return Optional.of(RemoteApis.GRPC);
    }
    return Optional.empty();
  }

  /** {@code webClient.get().uri(..).retrieve().bodyToMono(..).block()}: a WebClient call in the chain. */
  private static boolean fromWebClient(MethodInvocationTree call) {
    ExpressionTree current = call.getMethodSelect();
    for (int step = 0; step < 32 && current instanceof MemberSelectTree select; step++) {
      ExpressionTree receiver = select.getExpression();
      Symbol symbol = TreeInfo.symbol((com.sun.tools.javac.tree.JCTree) receiver);
      if (symbol != null && symbol.enclClass() != null
          && symbol.enclClass().packge().getQualifiedName().contentEquals(RemoteApis.WEB_CLIENT_PACKAGE)) {
        return true;
      }
      Type type = ((com.sun.tools.javac.tree.JCTree) receiver).type;
      if (type != null && type.tsym != null && type.tsym.packge().getQualifiedName().contentEquals(RemoteApis.WEB_CLIENT_PACKAGE)) {
        return true;
      }
      current = receiver instanceof MethodInvocationTree inner ? inner.getMethodSelect() : null;
    }
    return false;
  }

  private static Optional<Type> receiverType(MethodInvocationTree call) {
    if (call.getMethodSelect() instanceof MemberSelectTree select) {
      Type type = ((com.sun.tools.javac.tree.JCTree) select.getExpression()).type;
      if (type != null && type.tsym != null && !type.isErroneous() && type.getKind() == javax.lang.model.type.TypeKind.DECLARED) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  private static boolean annotated(Symbol symbol, String annotation) {
    return symbol.getAnnotationMirrors().stream()
        .anyMatch(a -> a.type.tsym.getQualifiedName().contentEquals(annotation));
  }
}

package io.github.ormcheck.checker.loading;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.util.Context;
import io.github.ormcheck.checker.frameworks.SpringData;
import io.github.ormcheck.checker.javac.CompilationScope;
import io.github.ormcheck.checker.javac.NameSet;
import io.github.ormcheck.checker.model.Mirrors;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a query is paginated: {@code setFirstResult}/{@code setMaxResults} on the chain of the
 * query's creation, or a Spring Data repository method that pages (a {@code Pageable} or {@code
 * Limit} parameter, a {@code Page} or {@code Slice} result, {@code findTop}/{@code findFirst}).
 */
public final class Pagination {
  private static final List<String> PAGINATE = List.of("setFirstResult", "setMaxResults");
  private static final List<String> CREATE = List.of("createQuery", "createSelectionQuery");
  /** Spring Data's PartTree subject: {@code findFirstBy}, {@code findTop10By}, {@code streamDistinctTop3By}. */
  private static final Pattern LIMITING_NAME =
      Pattern.compile("^(find|read|get|query|search|stream)(Distinct)?(First|Top)(\\d*)(Distinct)?(By|[A-Z].*By).*");

  private static final Context.Key<Pagination> KEY = new Context.Key<>();

  private final NameSet paginate;
  private final NameSet create;

  private Pagination(Context context) {
    this.paginate = new NameSet(context, PAGINATE);
    this.create = new NameSet(context, CREATE);
  }

  /** The compilation's instance: the method names it looks for, in the compilation's name table. */
  public static Pagination instance(Context context) {
    return CompilationScope.instance(context, KEY, Pagination::new);
  }

  /**
   * For a {@code setFirstResult}/{@code setMaxResults} call, the query creation it paginates,
   * when it is the first pagination call of the chain (so a chain reports once).
   */
  public Optional<MethodInvocationTree> createdQuery(MethodInvocationTree call) {
    if (!paginate.isCallOn(call)) {
      return Optional.empty();
    }
    ExpressionTree current = ((MemberSelectTree) call.getMethodSelect()).getExpression();
    for (int step = 0; step < 32; step++) {
      current = NavigationScanner.strip(current);
      if (!(current instanceof MethodInvocationTree)
          || !(((MethodInvocationTree) current).getMethodSelect() instanceof MemberSelectTree)) {
        return Optional.empty();
      }
      if (paginate.isCallOn(current)) {
        return Optional.empty();
      }
      if (create.isCallOn(current)) {
        return Optional.of((MethodInvocationTree) current);
      }
      current = ((MemberSelectTree) ((MethodInvocationTree) current).getMethodSelect()).getExpression();
    }
    return Optional.empty();
  }

  /**
   * How a repository method pages its results, for messages; empty when it does not. The name
   * limits rows only for derived queries: Spring Data does not parse the name of a {@code @Query}
   * method.
   */
  public static Optional<String> ofRepositoryMethod(Symbol.MethodSymbol method) {
    for (Symbol.VarSymbol parameter : method.getParameters()) {
      String type = parameter.type.tsym.getQualifiedName().toString();
      if (type.equals(SpringData.PAGEABLE) || type.equals(SpringData.LIMIT)) {
        return Optional.of("its " + parameter.type.tsym.getSimpleName() + " parameter");
      }
    }
    Type result = method.getReturnType();
    String resultName = result.tsym.getQualifiedName().toString();
    if (resultName.equals(SpringData.PAGE) || resultName.equals(SpringData.SLICE)) {
      return Optional.of("its " + result.tsym.getSimpleName() + " result");
    }
    if (Mirrors.find(method, SpringData.QUERY).isEmpty()
        && LIMITING_NAME.matcher(method.getSimpleName().toString()).matches()) {
      return Optional.of("its name (" + method.getSimpleName() + " limits the rows)");
    }
    return Optional.empty();
  }
}

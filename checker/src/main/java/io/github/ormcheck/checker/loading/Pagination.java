package io.github.ormcheck.checker.loading;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import com.sun.tools.javac.util.Context;
import io.github.ormcheck.checker.frameworks.Panache;
import io.github.ormcheck.checker.frameworks.SpringData;
import io.github.ormcheck.checker.javac.CompilationScope;
import io.github.ormcheck.checker.javac.Expressions;
import io.github.ormcheck.checker.javac.NameSet;
import io.github.ormcheck.checker.model.Mirrors;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Where a query is paginated: {@code setFirstResult}/{@code setMaxResults} (or Panache's {@code
 * page}/{@code range}) on the chain of the query's creation or on a local variable that holds the
 * query, or a Spring Data repository
 * method that pages (a {@code Pageable} or {@code Limit} parameter, a {@code Page} or {@code Slice}
 * result, {@code findTop}/{@code findFirst}).
 */
public final class Pagination {
  /** JPA's and Hibernate's paging, and Panache's ({@code page}, {@code range} on its query object). */
  private static final List<String> PAGINATE = List.of("setFirstResult", "setMaxResults", "page", "range");
  /** Query creation from text: JPA's, Hibernate's, and Panache's {@code find}. */
  private static final List<String> CREATE = List.of("createQuery", "createSelectionQuery", "find");
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
   * For a {@code setFirstResult}/{@code setMaxResults} call at {@code where}, the query creation it
   * paginates, when it is the first pagination of that query: the first of its chain, or for a
   * query held in a local variable ({@code q.setFirstResult(20); q.setMaxResults(10);}), the first
   * on that variable in the method, so that a query reports once. {@code definitions} gives a
   * local variable's only value (empty when it is assigned more than once).
   */
  public Optional<MethodInvocationTree> createdQuery(
      MethodInvocationTree call, TreePath where,
      BiFunction<ExpressionTree, TreePath, Optional<ExpressionTree>> definitions) {
    if (!paginate.isCallOn(call)) {
      return Optional.empty();
    }
    javax.lang.model.element.Name name = ((MemberSelectTree) call.getMethodSelect()).getIdentifier();
    if ((name.contentEquals("page") || name.contentEquals("range"))
        && !Panache.isQueryMethod(TreeInfo.symbol((JCTree) call.getMethodSelect()))) {
      return Optional.empty(); // IntStream.range, someone's page(): only Panache's query pages
    }
    ExpressionTree current = ((MemberSelectTree) call.getMethodSelect()).getExpression();
    Symbol held = queryVariable(current);
    if (held != null && !firstPaginationOf(held, call, where)) {
      return Optional.empty();
    }
    for (int step = 0; step < 32; step++) {
      current = Expressions.strip(current);
      if (current instanceof IdentifierTree) {
        Optional<ExpressionTree> value = definitions.apply(current, where);
        if (value.isEmpty()) {
          return Optional.empty();
        }
        current = value.get();
        continue;
      }
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
   * The variable a pagination call's receiver chain starts from ({@code q} in {@code
   * q.setParameter(..).setMaxResults(10)}), or null when the chain creates its query itself
   * ({@code em.createQuery(..).setMaxResults(10)}) or starts elsewhere.
   */
  private Symbol queryVariable(ExpressionTree receiver) {
    ExpressionTree current = receiver;
    for (int step = 0; step < 32; step++) {
      current = Expressions.strip(current);
      if (current instanceof IdentifierTree) {
        return TreeInfo.symbol((JCTree) current);
      }
      if (!(current instanceof MethodInvocationTree chained)
          || !(chained.getMethodSelect() instanceof MemberSelectTree select)
          || create.isCallOn(chained)) {
        return null;
      }
      current = select.getExpression();
    }
    return null;
  }

  /**
   * Whether {@code call} is the first pagination call on the query variable {@code symbol} in the
   * method (or lambda) around it, by position in the source.
   */
  private boolean firstPaginationOf(Symbol symbol, MethodInvocationTree call, TreePath where) {
    TreePath scope = where;
    while (scope != null && !(scope.getLeaf() instanceof MethodTree) && !(scope.getLeaf() instanceof LambdaExpressionTree)) {
      scope = scope.getParentPath();
    }
    if (scope == null) {
      return false;
    }
    int position = TreeInfo.getStartPos((JCTree) call);
    boolean[] earlier = new boolean[1];
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitClass(ClassTree node, Void unused) {
        return null;
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        if (node != call && paginate.isCallOn(node)
            && queryVariable(((MemberSelectTree) node.getMethodSelect()).getExpression()) == symbol
            && TreeInfo.getStartPos((JCTree) node) < position) {
          earlier[0] = true;
        }
        return super.visitMethodInvocation(node, unused);
      }
    }.scan(scope.getLeaf() instanceof MethodTree method ? method.getBody() : scope.getLeaf(), null);
    return !earlier[0];
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

package io.github.ormcheck.checker.javac;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.tools.javac.util.Context;
import com.sun.tools.javac.util.Name;
import com.sun.tools.javac.util.Names;
import java.util.HashSet;
import java.util.Set;

/**
 * A few method names, held as the compilation's own {@link Name}s. Checks ask "is this a call to
 * {@code forEach}/{@code createQuery}/{@code setMaxResults}?" at every call of the compilation;
 * javac's names hash and compare without decoding, where {@code toString()} (and on JDK 17 {@code
 * contentEquals}) copies the name out of the name table first.
 */
public final class NameSet {
  private final Set<Name> names = new HashSet<>();

  public NameSet(Context context, Iterable<String> strings) {
    Names table = Names.instance(context);
    strings.forEach(string -> names.add(table.fromString(string)));
  }

  /** Whether {@code name}, a name of this compilation, is one of the set. */
  public boolean contains(javax.lang.model.element.Name name) {
    return names.contains(name);
  }

  /** Whether {@code expression} is a call {@code receiver.name(...)} with a name of the set. */
  public boolean isCallOn(ExpressionTree expression) {
    return expression instanceof MethodInvocationTree call
        && call.getMethodSelect() instanceof MemberSelectTree select
        && names.contains(select.getIdentifier());
  }
}

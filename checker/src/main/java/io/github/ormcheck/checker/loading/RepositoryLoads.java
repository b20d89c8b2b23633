package io.github.ormcheck.checker.loading;

import com.google.common.collect.ImmutableSet;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.util.Context;
import io.github.ormcheck.checker.model.ManagedType;
import java.util.Optional;

/** What a Spring Data query method loads, for rules that look at the method itself. */
public final class RepositoryLoads {
  private final RepositoryOrigins repositories;

  public RepositoryLoads(Context context) {
    this.repositories = RepositoryOrigins.instance(context);
  }

  /**
   * The association paths the method's query loads with {@code entity}, or empty when the
   * method is not a readable repository query method.
   */
  public Optional<ImmutableSet<String>> of(Symbol.MethodSymbol method, ManagedType entity) {
    return repositories.isRepositoryQueryMethod(method)
        ? repositories.loaded(method, entity)
        : Optional.empty();
  }
}

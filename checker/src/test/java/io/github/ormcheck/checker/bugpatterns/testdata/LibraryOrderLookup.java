package io.github.ormcheck.checker.bugpatterns.testdata;

/**
 * An interface the tests read from its class file, as from another module of the same code base
 * (its package starts with {@code io.github.ormcheck}): its implementation is compiled with them.
 */
public interface LibraryOrderLookup {
  LibraryOrder byId(Long id);

  LibraryOrder none(Long id);
}

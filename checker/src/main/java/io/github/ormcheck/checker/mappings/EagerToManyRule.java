package io.github.ormcheck.checker.mappings;

import io.github.ormcheck.checker.findings.Rule;
import io.github.ormcheck.checker.model.Association;
import io.github.ormcheck.checker.model.Attribute;
import io.github.ormcheck.checker.model.FetchMode;
import io.github.ormcheck.checker.model.FetchSource;
import io.github.ormcheck.checker.model.ManagedType;

/**
 * {@code EagerToMany}: a {@code @OneToMany}, {@code @ManyToMany} or {@code @ElementCollection}
 * that is EAGER ({@code fetch = EAGER}, Hibernate {@code @Fetch(JOIN)} or {@code
 * @LazyCollection(FALSE)}).
 */
public final class EagerToManyRule implements MappingRule {

  @Override
  public Rule rule() {
    return Rule.EAGER_TO_MANY;
  }

  @Override
  public void check(ManagedType type, MappingReporter reporter) {
    for (Attribute attribute : type.declaredAttributes()) {
      if (attribute.association().isEmpty()) {
        continue;
      }
      Association association = attribute.association().get();
      if (!association.isCollection() || !association.isEager()) {
        continue;
      }
      reporter.report(
          rule(),
          attribute,
          association.mapping(),
          association.fetchSource() == FetchSource.EXPLICIT
              ? association.fetchValue().orElse(null)
              : null,
          String.format(
              "%s (@%s) is EAGER %s: every load of %s, by find or by any query, also loads all"
                  + " its %s%s, whether the caller needs them or not%s. %s and %s.",
              attribute.qualifiedName(),
              association.cardinality().annotation(),
              association.fetchSource().describe(association.fetch()),
              FetchAdvice.owners(type),
              attribute.name(),
              reporter.anotherJpaProviderOnly() ? " with one more select or join" : hibernateQueryCost(association, reporter),
              association.isBag() && !reporter.anotherJpaProviderOnly()
                  ? "; a second eager bag on the same entity makes Hibernate throw"
                      + " MultipleBagFetchException"
                  : "",
              FetchAdvice.makeLazy(association, "Make it LAZY (the JPA default for collections)"),
              FetchAdvice.fetchWhereNeeded(type, attribute)));
    }
  }

  /**
   * What Hibernate's queries cost for the collection (measured by the witness on 6.6 and 7.4): one
   * select per row, whatever {@code @Fetch(JOIN)} says, since a query applies its own fetches;
   * one per batch of rows with a batch size; one for all rows with {@code @Fetch(SUBSELECT)}.
   */
  private static String hibernateQueryCost(Association association, MappingReporter reporter) {
    if (association.fetchMode().equals(java.util.Optional.of(FetchMode.SUBSELECT))) {
      return ": a query of N rows runs one more select for all their collections (a subselect)";
    }
    int batch = reporter.model().batchSize(association).orElse(reporter.defaultBatchFetchSize());
    return batch > 1
        ? ": a query of N rows runs one more select per batch of up to " + batch + " rows (1 + N/" + batch + " queries)"
        : ": a query of N rows runs one more select per row (1 + N queries)";
  }
}

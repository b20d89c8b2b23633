package io.github.ormcheck.checker.mappings;

import io.github.ormcheck.checker.findings.Rule;
import io.github.ormcheck.checker.model.Association;
import io.github.ormcheck.checker.model.Attribute;
import io.github.ormcheck.checker.model.Cardinality;
import io.github.ormcheck.checker.model.EntityModel;
import io.github.ormcheck.checker.model.JpaNames;
import io.github.ormcheck.checker.model.FetchSource;
import io.github.ormcheck.checker.model.ManagedType;
import io.github.ormcheck.checker.model.Mirrors;

/**
 * {@code EagerToOne}: a {@code @ManyToOne} or {@code @OneToOne} that is EAGER, explicitly or by
 * the JPA default; and the inverse ({@code mappedBy}) side of a {@code @OneToOne}, which
 * Hibernate loads eagerly whatever {@code fetch} says, unless that side is LAZY and either the
 * entities are enhanced ({@link MappingReporter#lazyLoadingEnhanced}, or the side is marked
 * {@code @LazyToOne(NO_PROXY)}, which only an enhanced entity honors) or it is not optional and
 * shares the primary key with the other side. On another
 * JPA provider (see {@link MappingReporter#anotherJpaProviderOnly}) only EAGER ones are reported,
 * and the message claims no more than JPA does.
 */
public final class EagerToOneRule implements MappingRule {

  @Override
  public Rule rule() {
    return Rule.EAGER_TO_ONE;
  }

  @Override
  public void check(ManagedType type, MappingReporter reporter) {
    for (Attribute attribute : type.declaredAttributes()) {
      if (attribute.association().isEmpty() || !attribute.association().get().isToOne()) {
        continue;
      }
      Association association = attribute.association().get();
      String target =
          association.target().map(t -> t.getSimpleName().toString()).orElse("target");
      boolean hibernate = !reporter.anotherJpaProviderOnly();
      if (association.cardinality() == Cardinality.ONE_TO_ONE && association.isInverse()
          && association.isLazy()
          && (reporter.lazyLoadingEnhanced()
              || sharesThePrimaryKey(association, reporter.model())
              || enhancedNoProxy(attribute))) {
        continue;
      }
      if (hibernate && association.cardinality() == Cardinality.ONE_TO_ONE && association.isInverse()) {
        reporter.report(rule(), attribute, association.mapping(), null, inverseMessage(type, attribute, target));
      } else if (association.isEager()) {
        // Hibernate loads an eager to-one of a JPQL query's results with one select per distinct
        // target, or per batch of targets when the target class has @BatchSize or the
        // application sets default_batch_fetch_size; other providers differ (OpenJPA joins it,
        // EclipseLink selects it unless told to join or batch), so for them the message says only
        // what JPA itself makes certain.
        int batch = reporter.model().batchSize(association).orElse(reporter.defaultBatchFetchSize());
        String cost = hibernate && batch > 1
            ? "each JPQL query that returns %s issues one extra select per batch of up to " + batch
                + " distinct %s (1 + N/" + batch + " queries at query time), and every find joins it in"
            : hibernate
            ? "each JPQL query that returns %s issues one extra select per distinct %s (1 + N"
                + " queries at query time), and every find joins it in"
            : "every find and every query that returns %s also loads its %s, whether the caller"
                + " needs it or not, with a join or, depending on the provider and the query, one"
                + " more select per distinct target";
        reporter.report(
            rule(),
            attribute,
            association.mapping(),
            association.fetchSource() == FetchSource.EXPLICIT
                ? association.fetchValue().orElse(null)
                : null,
            String.format(
                "%s (@%s) is EAGER %s: " + cost + ". %s and %s.",
                attribute.qualifiedName(),
                association.cardinality().annotation(),
                association.fetchSource().describe(association.fetch()),
                FetchAdvice.owners(type),
                hibernate ? target : attribute.name(),
                FetchAdvice.makeLazy(association, "Add fetch = FetchType.LAZY"),
                FetchAdvice.fetchWhereNeeded(type, attribute)));
      }
    }
  }

  /**
   * An inverse one-to-one that cannot be null ({@code optional = false}) and shares its entity's
   * primary key with the other side: {@code @MapsId} on either side, or the owning side joined by
   * {@code @PrimaryKeyJoinColumn}. The other row exists and has this row's id, so Hibernate can put
   * a proxy there without querying (measured on 6.6 and 7.4: one select for N owners; with the
   * other side's own id and a foreign key column, one more per owner).
   */
  private static boolean sharesThePrimaryKey(Association association, EntityModel model) {
    boolean required = Mirrors.explicitValue(association.mapping(), "optional")
        .map(value -> Boolean.FALSE.equals(value.getValue()))
        .orElse(false);
    if (!required) {
      return false;
    }
    if (association.mapsId()) {
      return true;
    }
    return association.target().flatMap(model::managedType)
        .flatMap(target -> target.attribute(association.mappedBy().orElseThrow()))
        .filter(owning -> owning.association().map(Association::mapsId).orElse(false)
            || Mirrors.findPersistence(owning.element(), JpaNames.PRIMARY_KEY_JOIN_COLUMN).isPresent())
        .isPresent();
  }

  /**
   * {@code @LazyToOne(LazyToOneOption.NO_PROXY)} (Hibernate 5 and 6): a setting that only
   * bytecode enhancement honors, so the code says the entity is enhanced, and enhancement loads
   * the inverse side when it is read.
   */
  private static boolean enhancedNoProxy(Attribute attribute) {
    return Mirrors.find(attribute.element(), JpaNames.HIBERNATE_LAZY_TO_ONE)
        .flatMap(annotation -> Mirrors.explicitEnum(annotation, "value"))
        .filter("NO_PROXY"::equals)
        .isPresent();
  }

  private static String inverseMessage(ManagedType type, Attribute attribute, String target) {
    return String.format(
        "%s is the inverse (mappedBy) side of a @OneToOne: Hibernate loads it eagerly whatever"
            + " fetch says, because it cannot tell null from a proxy without querying %s, so each"
            + " query that returns %s issues one extra select per row (1 + N queries). Map only the owning"
            + " side and query %s by its %s when needed; or, when every %s has one, share the primary"
            + " key (@MapsId on the owning side) and declare this side optional = false with"
            + " fetch = LAZY; or enable Hibernate bytecode enhancement with lazy loading.",
        attribute.qualifiedName(),
        target,
        FetchAdvice.owners(type),
        target,
        attribute.association().flatMap(a -> a.mappedBy()).orElse("owner"),
        type.simpleName());
  }
}

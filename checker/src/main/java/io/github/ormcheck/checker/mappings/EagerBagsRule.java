package io.github.ormcheck.checker.mappings;

import io.github.ormcheck.checker.findings.Rule;
import io.github.ormcheck.checker.model.Attribute;
import io.github.ormcheck.checker.model.ManagedType;
import java.util.ArrayList;
import java.util.List;

/**
 * The mapping side of {@code MultipleBagFetch}: an entity with two or more EAGER bags (own,
 * inherited or inside embeddables) that Hibernate fetches with joins. Hibernate 5 builds an entity
 * loader that join-fetches them together and refuses it with MultipleBagFetchException when the
 * session factory starts. Hibernate 6 and later load the second bag with a separate select (the
 * EagerToMany cost, reported by that rule), so this rule reports only when the compilation sees
 * Hibernate 5 or older (or is told so with -Aormcheck.hibernateVersion): silent when unsure.
 * Bags loaded by {@code @Fetch(SELECT)} or {@code @Fetch(SUBSELECT)} do not count.
 */
public final class EagerBagsRule implements MappingRule {

  @Override
  public Rule rule() {
    return Rule.MULTIPLE_BAG_FETCH;
  }

  @Override
  public void check(ManagedType type, MappingReporter reporter) {
    if (!type.isEntity()
        || reporter.hibernateVersion().filter(version -> version.isBefore(6, 0)).isEmpty()) {
      return;
    }
    List<String> paths = new ArrayList<>();
    List<Attribute> bags = new ArrayList<>();
    collectJoinedEagerBags(type, "", reporter, paths, bags, 0);
    if (bags.size() < 2) {
      return;
    }
    String message =
        String.format(
            "Entity %s has %d EAGER bags (%s): Hibernate %s join-fetches eager collections"
                + " together when it loads a %s and refuses two bags in one fetch, so building the"
                + " session factory fails with MultipleBagFetchException. Make them LAZY and fetch at most"
                + " one collection per query (load the second by ids in a separate query), use"
                + " @Fetch(FetchMode.SUBSELECT) or @BatchSize for the others, or map them as Set"
                + " or with @OrderColumn where duplicates and order do not matter.",
            type.simpleName(),
            bags.size(),
            String.join(", ", paths),
            reporter.hibernateVersion().get(),
            type.simpleName());
    Attribute last = bags.get(bags.size() - 1);
    if (last.declaringType().equals(type.element())) {
      reporter.report(rule(), last, last.association().get().mapping(), null, message);
    } else {
      reporter.report(rule(), type.element(), message);
    }
  }

  private static void collectJoinedEagerBags(
      ManagedType type, String prefix, MappingReporter reporter, List<String> paths,
      List<Attribute> bags, int depth) {
    for (Attribute attribute : type.attributes().values()) {
      if (attribute.association().isPresent()) {
        var association = attribute.association().get();
        if (association.isBag() && association.isEager() && !association.isFetchedBySeparateSelect()) {
          paths.add(prefix + attribute.name());
          bags.add(attribute);
        }
      } else if (depth < 8) {
        reporter.model().embeddable(attribute).ifPresent(
            embeddable ->
                collectJoinedEagerBags(
                    embeddable, prefix + attribute.name() + ".", reporter, paths, bags, depth + 1));
      }
    }
  }

}

package io.github.ormcheck.checker.mappings;

import io.github.ormcheck.checker.findings.Rule;
import io.github.ormcheck.checker.model.Association;
import io.github.ormcheck.checker.model.Attribute;
import io.github.ormcheck.checker.model.Cardinality;
import io.github.ormcheck.checker.model.ManagedType;

/**
 * {@code ManyToManyList}: the owning side of a {@code @ManyToMany} mapped as a bag (no {@code
 * @OrderColumn}).
 */
public final class ManyToManyListRule implements MappingRule {

  @Override
  public Rule rule() {
    return Rule.MANY_TO_MANY_LIST;
  }

  @Override
  public void check(ManagedType type, MappingReporter reporter) {
    if (reporter.anotherJpaProviderOnly()) {
      return; // Deleting and re-inserting a bag's join rows is what Hibernate does.
    }
    for (Attribute attribute : type.declaredAttributes()) {
      if (attribute.association().isEmpty()) {
        continue;
      }
      Association association = attribute.association().get();
      // The inverse (mappedBy) side never writes the join table: only the owning side pays.
      if (association.cardinality() != Cardinality.MANY_TO_MANY
          || association.isInverse()
          || !association.isBag()) {
        continue;
      }
      String target = association.target().map(t -> t.getSimpleName().toString()).orElse("E");
      reporter.report(
          rule(),
          attribute,
          association.mapping(),
          null,
          String.format(
              "%s is a @ManyToMany mapped as a bag (%s without @OrderColumn): removing one link"
                  + " makes Hibernate delete every join-table row of the %s and re-insert all the"
                  + " others (1 delete + N inserts instead of 1 delete). Map it as Set<%s> (with"
                  + " equals/hashCode on a stable business key), or add @OrderColumn if the order"
                  + " of the list matters.",
              attribute.qualifiedName(),
              ((javax.lang.model.type.DeclaredType) attribute.type()).asElement().getSimpleName(),
              type.simpleName(),
              target));
    }
  }
}

package io.github.ormcheck.checker.mappings;

import io.github.ormcheck.checker.findings.Rule;
import io.github.ormcheck.checker.model.Association;
import io.github.ormcheck.checker.model.Attribute;
import io.github.ormcheck.checker.model.Cardinality;
import io.github.ormcheck.checker.model.ManagedType;

/** {@code UnidirectionalOneToMany}: a {@code @OneToMany} with neither mappedBy nor @JoinColumn. */
public final class UnidirectionalOneToManyRule implements MappingRule {

  @Override
  public Rule rule() {
    return Rule.UNIDIRECTIONAL_ONE_TO_MANY;
  }

  @Override
  public void check(ManagedType type, MappingReporter reporter) {
    for (Attribute attribute : type.declaredAttributes()) {
      if (attribute.association().isEmpty()) {
        continue;
      }
      Association association = attribute.association().get();
      if (association.cardinality() != Cardinality.ONE_TO_MANY
          || association.isInverse()
          || association.joinColumn()) {
        continue;
      }
      String target = association.target().map(t -> t.getSimpleName().toString()).orElse("child");
      // The join table is JPA's default mapping (JPA 2.10.5.1); rewriting the links when the
      // collection changes is what Hibernate does with a bag, so it is said only for Hibernate.
      String cost = reporter.anotherJpaProviderOnly()
          ? "JPA maps it through a join table by default, so every added %s costs an extra insert"
              + " into that table and every load an extra join"
          : "Hibernate maps it through a join table, so every added %s costs an extra insert into"
              + " that table, every load an extra join, and changing the collection can delete and"
              + " re-insert its links";
      reporter.report(
          rule(),
          attribute,
          association.mapping(),
          null,
          String.format(
              "%s is a unidirectional @OneToMany (neither mappedBy nor @JoinColumn): " + cost
                  + ". Map a @ManyToOne on %s and use mappedBy here, or add @JoinColumn to keep"
                  + " the foreign key in %s's table.",
              attribute.qualifiedName(), target, target, target));
    }
  }
}

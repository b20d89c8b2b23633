package io.github.ormcheck.checker.plans;

import io.github.ormcheck.checker.findings.OrmCheckOptions;
import io.github.ormcheck.checker.model.Association;
import io.github.ormcheck.checker.model.Attribute;
import io.github.ormcheck.checker.model.AttributeKind;
import io.github.ormcheck.checker.model.EntityModel;
import io.github.ormcheck.checker.model.FetchMode;
import io.github.ormcheck.checker.model.ManagedType;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a path is loaded without one query per owner: fetched by the query, or each of its
 * associations EAGER, batch-fetched or subselect-fetched.
 */
public final class PlanCoverage {
  private final EntityModel model;
  private final OrmCheckOptions options;

  public PlanCoverage(EntityModel model, OrmCheckOptions options) {
    this.model = model;
    this.options = options;
  }

  public boolean covered(ManagedType root, String path, Set<String> fetched) {
    if (fetched.contains(path)) {
      return true;
    }
    ManagedType current = root;
    StringBuilder prefix = new StringBuilder();
    for (String segment : path.split("\\.")) {
      prefix.append(prefix.length() == 0 ? "" : ".").append(segment);
      Optional<Attribute> attribute = current.attribute(segment);
      if (attribute.isEmpty()) {
        return false;
      }
      if (attribute.get().kind() == AttributeKind.EMBEDDED) {
        Optional<ManagedType> embeddable = model.embeddable(attribute.get());
        if (embeddable.isEmpty()) {
          return false;
        }
        current = embeddable.get();
        continue;
      }
      if (!fetched.contains(prefix.toString()) && !loadedWithoutPerOwnerQuery(attribute.get())) {
        return false;
      }
      Optional<ManagedType> target = model.target(attribute.get());
      if (target.isEmpty()) {
        return true;
      }
      current = target.get();
    }
    return true;
  }

  private boolean loadedWithoutPerOwnerQuery(Attribute attribute) {
    Optional<Association> association = attribute.association();
    if (association.isEmpty()) {
      return false;
    }
    return association.get().isEager()
        || association.get().fetchMode().equals(Optional.of(FetchMode.SUBSELECT))
        || model.batchSize(association.get()).orElse(1) > 1
        || options.defaultBatchFetchSize() > 1;
  }
}

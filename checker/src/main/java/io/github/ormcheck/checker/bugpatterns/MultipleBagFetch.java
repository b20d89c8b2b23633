package io.github.ormcheck.checker.bugpatterns;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.VisitorState;
import com.sun.source.tree.ClassTree;
import io.github.ormcheck.checker.findings.OrmCheckOptions;
import io.github.ormcheck.checker.loading.FetchPlan;
import io.github.ormcheck.checker.mappings.EagerBagsRule;
import java.util.Optional;
import javax.inject.Inject;

/**
 * {@code MultipleBagFetch}: one query or entity graph fetches two or more bags ({@code
 * List}/{@code Collection} without {@code @OrderColumn}), so Hibernate throws {@code
 * MultipleBagFetchException} when it builds the query; and on the mapping side, two EAGER bags on
 * one entity under Hibernate 5, where building the session factory throws ({@link EagerBagsRule},
 * shared with the annotation processor).
 */
@AutoService(BugChecker.class)
@BugPattern(
    name = "MultipleBagFetch",
    summary =
        "One query fetches two or more bags: Hibernate throws MultipleBagFetchException when it"
            + " builds the query. Fetch one bag per query.",
    severity = ERROR,
    linkType = CUSTOM,
    link = "https://github.com/ormcheck/ormcheck/blob/main/docs/rules/MultipleBagFetch.md",
    tags = {"ormcheck", "loading", "Performance"})
public final class MultipleBagFetch extends FetchPlanCheck {
  private final EagerBagsRule eagerBags = new EagerBagsRule();

  /** For ServiceLoader, which Error Prone uses to find plugin checks. */
  public MultipleBagFetch() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public MultipleBagFetch(ErrorProneFlags flags) {
    super(flags);
  }

  @Override
  void checkMappings(ClassTree tree, VisitorState state, OrmCheckOptions options) {
    MappingCheck.check(this, eagerBags, options, tree, state);
  }

  @Override
  Optional<String> problem(FetchPlan plan, boolean hibernate) {
    // MultipleBagFetchException is Hibernate's; elsewhere the product is MultipleCollectionFetch's.
    if (!hibernate || plan.bags().size() < 2) {
      return Optional.empty();
    }
    return Optional.of(String.format(
        "Fetches %d bags of %s in one select (%s; a List or Collection without @OrderColumn):"
            + " Hibernate throws MultipleBagFetchException when it builds the query, and even"
            + " without the exception %s. %s",
        plan.bags().size(), plan.root(), FetchPlan.paths(plan.bags()), plan.rowEstimate(),
        CollectionFetches.ALTERNATIVES));
  }

  @Override
  String subject(FetchPlan plan) {
    return FetchPlan.paths(plan.bags());
  }
}

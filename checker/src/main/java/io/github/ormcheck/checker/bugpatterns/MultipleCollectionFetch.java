package io.github.ormcheck.checker.bugpatterns;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.bugpatterns.BugChecker;
import io.github.ormcheck.checker.loading.FetchPlan;
import java.util.Optional;
import javax.inject.Inject;

/**
 * {@code MultipleCollectionFetch}: one query or entity graph fetches two or more collections (at
 * most one bag, else {@code MultipleBagFetch}): the select returns parents x children x children
 * rows.
 */
@AutoService(BugChecker.class)
@BugPattern(
    name = "MultipleCollectionFetch",
    summary =
        "One query fetches two or more collections: rows multiply (parents x children x children)."
            + " Fetch one collection per query.",
    severity = WARNING,
    linkType = CUSTOM,
    link = "https://github.com/ormcheck/ormcheck/blob/main/docs/rules/MultipleCollectionFetch.md",
    tags = {"ormcheck", "loading", "Performance"})
public final class MultipleCollectionFetch extends FetchPlanCheck {

  /** For ServiceLoader, which Error Prone uses to find plugin checks. */
  public MultipleCollectionFetch() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public MultipleCollectionFetch(ErrorProneFlags flags) {
    super(flags);
  }

  @Override
  Optional<String> problem(FetchPlan plan, boolean hibernate) {
    // Two bags or more on Hibernate: MultipleBagFetch reports the exception instead.
    if (plan.collections().size() < 2 || hibernate && plan.bags().size() > 1) {
      return Optional.empty();
    }
    return Optional.of(String.format(
        "Fetches %d collections of %s in one select (%s): rows multiply, %s, and every parent and"
            + " child is read once per row. %s",
          plan.collections().size(), plan.root(), FetchPlan.paths(plan.collections()),
          plan.rowEstimate(), CollectionFetches.ALTERNATIVES));
  }

  @Override
  String subject(FetchPlan plan) {
    return FetchPlan.paths(plan.collections());
  }
}

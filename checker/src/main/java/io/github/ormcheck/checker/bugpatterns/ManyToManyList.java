package io.github.ormcheck.checker.bugpatterns;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.bugpatterns.BugChecker;
import io.github.ormcheck.checker.mappings.ManyToManyListRule;
import javax.inject.Inject;

/** {@code ManyToManyList}: a {@code @ManyToMany} mapped as a {@code List} or {@code Collection} without {@code @OrderColumn}. The rule itself is {@link ManyToManyListRule}, shared with the annotation processor. */
@AutoService(BugChecker.class)
@BugPattern(
    name = "ManyToManyList",
    summary =
        "A @ManyToMany mapped as a bag: removing one link deletes all of the owner's links and"
            + " re-inserts the rest.",
    severity = WARNING,
    linkType = CUSTOM,
    link = "https://github.com/ormcheck/ormcheck/blob/main/docs/rules/ManyToManyList.md",
    tags = {"ormcheck", "mappings", "Performance"})
public final class ManyToManyList extends MappingCheck {

  /** For ServiceLoader, which Error Prone uses to find plugin checks. */
  public ManyToManyList() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public ManyToManyList(ErrorProneFlags flags) {
    super(flags, new ManyToManyListRule());
  }
}

package io.github.ormcheck.checker.bugpatterns;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.bugpatterns.BugChecker;
import io.github.ormcheck.checker.mappings.EagerToOneRule;
import javax.inject.Inject;

/** {@code EagerToOne}: a {@code @ManyToOne} or {@code @OneToOne} that is EAGER, explicitly or by the JPA default, or the inverse side of a {@code @OneToOne}. The rule itself is {@link EagerToOneRule}, shared with the annotation processor. */
@AutoService(BugChecker.class)
@BugPattern(
    name = "EagerToOne",
    summary =
        "A to-one association is EAGER (explicitly or by the JPA default): each query of the owner"
            + " issues one extra select per distinct target.",
    severity = WARNING,
    linkType = CUSTOM,
    link = "https://github.com/ormcheck/ormcheck/blob/main/docs/rules/EagerToOne.md",
    tags = {"ormcheck", "mappings", "Performance"})
public final class EagerToOne extends MappingCheck {

  /** For ServiceLoader, which Error Prone uses to find plugin checks. */
  public EagerToOne() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public EagerToOne(ErrorProneFlags flags) {
    super(flags, new EagerToOneRule());
  }
}

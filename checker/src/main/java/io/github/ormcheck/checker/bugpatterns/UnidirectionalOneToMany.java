package io.github.ormcheck.checker.bugpatterns;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.bugpatterns.BugChecker;
import io.github.ormcheck.checker.mappings.UnidirectionalOneToManyRule;
import javax.inject.Inject;

/** {@code UnidirectionalOneToMany}: a {@code @OneToMany} with neither {@code mappedBy} nor {@code @JoinColumn}. The rule itself is {@link UnidirectionalOneToManyRule}, shared with the annotation processor. */
@AutoService(BugChecker.class)
@BugPattern(
    name = "UnidirectionalOneToMany",
    summary =
        "A @OneToMany with neither mappedBy nor @JoinColumn: a join table and extra statements for"
            + " every change.",
    severity = WARNING,
    linkType = CUSTOM,
    link = "https://github.com/ormcheck/ormcheck/blob/main/docs/rules/UnidirectionalOneToMany.md",
    tags = {"ormcheck", "mappings", "Performance"})
public final class UnidirectionalOneToMany extends MappingCheck {

  /** For ServiceLoader, which Error Prone uses to find plugin checks. */
  public UnidirectionalOneToMany() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public UnidirectionalOneToMany(ErrorProneFlags flags) {
    super(flags, new UnidirectionalOneToManyRule());
  }
}

package io.github.ormcheck.checker.bugpatterns;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.bugpatterns.BugChecker;
import io.github.ormcheck.checker.mappings.EagerToManyRule;
import javax.inject.Inject;

/** {@code EagerToMany}: a {@code @OneToMany}, {@code @ManyToMany} or {@code @ElementCollection} that is EAGER. The rule itself is {@link EagerToManyRule}, shared with the annotation processor. */
@AutoService(BugChecker.class)
@BugPattern(
    name = "EagerToMany",
    summary =
        "A collection association is EAGER: every load of the owner loads the whole collection.",
    severity = WARNING,
    linkType = CUSTOM,
    link = "https://github.com/ormcheck/ormcheck/blob/main/docs/rules/EagerToMany.md",
    tags = {"ormcheck", "mappings", "Performance"})
public final class EagerToMany extends MappingCheck {

  /** For ServiceLoader, which Error Prone uses to find plugin checks. */
  public EagerToMany() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public EagerToMany(ErrorProneFlags flags) {
    super(flags, new EagerToManyRule());
  }
}

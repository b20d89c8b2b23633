package io.github.ormcheck.checker.findings;

/**
 * One step of a finding's story, such as where the loop's elements were queried or the
 * transactional method that reaches a remote call: a SARIF related location and a code-flow
 * step.
 *
 * @param range where the step sits
 * @param message what happens there ("the orders are queried here")
 */
public record FlowStep(SourceRange range, String message) {}

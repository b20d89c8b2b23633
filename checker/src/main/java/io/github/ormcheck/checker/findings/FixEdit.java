package io.github.ormcheck.checker.findings;

/**
 * One edit of a finding's suggested fix: replace the text in {@code range} (empty for an
 * insertion) with {@code replacement}. Written to SARIF {@code fixes}.
 *
 * @param range the text replaced; start equals end for an insertion
 * @param replacement the new text
 */
public record FixEdit(SourceRange range, String replacement) {}

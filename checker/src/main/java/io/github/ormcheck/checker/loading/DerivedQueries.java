package io.github.ormcheck.checker.loading;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the name of a Spring Data derived query ({@code findByRolloutIdAndStatus}) says about the
 * rows it returns, read as Spring Data's {@code PartTree} reads it: a subject up to the first
 * {@code By}, criteria up to {@code OrderBy}, parts joined by {@code Or} and {@code And}, each a
 * property path with an optional comparison keyword at its end.
 */
final class DerivedQueries {
  private static final Pattern DERIVED =
      Pattern.compile("^(find|read|get|query|search|stream|count|exists)(\\p{Lu}.*?)??By(\\p{Lu}.*)$");
  /** PartTree splits on the keyword followed by an upper-case letter, whatever precedes it. */
  private static final Pattern OR = Pattern.compile("Or(?=\\p{Lu})");
  private static final Pattern AND = Pattern.compile("And(?=\\p{Lu})");
  /** Keywords that compare by something else than equality; longest first where one ends another. */
  private static final List<String> OTHER_COMPARISONS = List.of(
      "IsNotNull", "NotNull", "IsNull", "Null", "IsNotEmpty", "NotEmpty", "IsEmpty", "Empty",
      "IsNotIn", "NotIn", "IsIn", "In", "IsNotLike", "NotLike", "IsLike", "Like",
      "IsStartingWith", "StartingWith", "StartsWith", "IsEndingWith", "EndingWith", "EndsWith",
      "IsNotContaining", "NotContaining", "NotContains", "IsContaining", "Containing", "Contains",
      "IsGreaterThanEqual", "GreaterThanEqual", "IsGreaterThan", "GreaterThan",
      "IsLessThanEqual", "LessThanEqual", "IsLessThan", "LessThan", "IsBetween", "Between",
      "IsAfter", "After", "IsBefore", "Before", "IsTrue", "True", "IsFalse", "False",
      "IsNot", "Not", "Exists", "IsNear", "Near", "IsWithin", "Within", "MatchesRegex", "Matches",
      "Regex", "IgnoreCase", "IgnoringCase");
  private static final List<String> EQUALITY = List.of("Equals", "Is");

  private DerivedQueries() {}

  /**
   * The properties that the criteria of derived query {@code methodName} fix to one value for
   * every row: parts joined by {@code And} only, each an equality, as written and decapitalized
   * ({@code "rolloutId"}, {@code "customer"}). Empty for criteria with {@code Or}, and for a name
   * that is not a derived query.
   */
  static ImmutableSet<String> pinnedProperties(String methodName) {
    Matcher derived = DERIVED.matcher(methodName);
    if (!derived.matches()) {
      return ImmutableSet.of();
    }
    String criteria = derived.group(3);
    int orderBy = criteria.indexOf("OrderBy");
    if (orderBy >= 0) {
      criteria = criteria.substring(0, orderBy);
    }
    if (criteria.endsWith("AllIgnoreCase") || OR.matcher(criteria).find()) {
      return ImmutableSet.of();
    }
    ImmutableSet.Builder<String> pinned = ImmutableSet.builder();
    for (String part : AND.split(criteria)) {
      equalityProperty(part).ifPresent(pinned::add);
    }
    return pinned.build();
  }

  private static java.util.Optional<String> equalityProperty(String part) {
    for (String keyword : OTHER_COMPARISONS) {
      if (part.endsWith(keyword)) {
        return java.util.Optional.empty();
      }
    }
    String property = part;
    for (String keyword : EQUALITY) {
      if (property.endsWith(keyword) && property.length() > keyword.length()) {
        property = property.substring(0, property.length() - keyword.length());
        break;
      }
    }
    if (property.isEmpty() || !Character.isUpperCase(property.charAt(0))) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(Character.toLowerCase(property.charAt(0)) + property.substring(1));
  }
}

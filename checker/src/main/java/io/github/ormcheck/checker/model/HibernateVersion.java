package io.github.ormcheck.checker.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Hibernate ORM version a module compiles against. Some costs depend on it: Hibernate 5
 * refuses two EAGER bags on one entity at start-up, Hibernate 6 loads the second with another
 * select; Hibernate 7.4 pushes pagination of collection fetches into the database.
 */
public record HibernateVersion(int major, int minor) implements Comparable<HibernateVersion> {
  private static final Pattern VERSION = Pattern.compile("^(\\d+)\\.(\\d+)(?:[.\\-].*)?$");
  private static final Pattern JAR_NAME = Pattern.compile("hibernate-core-(\\d+\\.\\d+)[.\\-][^/]*\\.jar$");

  /** Parses {@code 5.6}, {@code 5.6.15.Final}, {@code 7.4.0-SNAPSHOT}. */
  public static Optional<HibernateVersion> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher matcher = VERSION.matcher(text.trim());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new HibernateVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The version in a jar name such as {@code hibernate-core-5.6.15.Final.jar}. */
  public static Optional<HibernateVersion> fromJarName(String path) {
    Matcher matcher = JAR_NAME.matcher(path);
    return matcher.find() ? parse(matcher.group(1)) : Optional.empty();
  }

  public boolean isBefore(int major, int minor) {
    return compareTo(new HibernateVersion(major, minor)) < 0;
  }

  @Override
  public int compareTo(HibernateVersion other) {
    return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}

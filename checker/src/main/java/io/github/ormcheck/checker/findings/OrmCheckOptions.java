package io.github.ormcheck.checker.findings;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.ormcheck.checker.model.HibernateVersion;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * ormcheck's configuration, read once from the {@code -Aormcheck.*} processor options and
 * validated: an invalid value is reported with the option's name and the accepted values, and
 * the option is then ignored.
 */
public final class OrmCheckOptions {
  public static final String PREFIX = "ormcheck.";
  public static final String SARIF_FILE = PREFIX + "sarifFile";
  public static final String SOURCE_ROOT = PREFIX + "sourceRoot";
  public static final String HIBERNATE_VERSION = PREFIX + "hibernateVersion";
  public static final String DEFAULT_BATCH_FETCH_SIZE = PREFIX + "defaultBatchFetchSize";
  /**
   * {@code true} when the build enhances the entities' bytecode for lazy loading (Hibernate's
   * Maven or Gradle enhancement plugin); {@code false} to say it does not, where the class path
   * suggests it (Quarkus).
   */
  public static final String BYTECODE_ENHANCEMENT = PREFIX + "bytecodeEnhancement";
  /** More remote APIs for RemoteCallInTransaction: {@code com.acme.Gateway,com.acme.Client#send}. */
  public static final String REMOTE_APIS = PREFIX + "remoteApis";
  /**
   * {@code silent} (the default) or {@code note}: whether a check that skips code after an
   * internal error says so, for bug reports and robustness runs.
   */
  public static final String INTERNAL_ERRORS = PREFIX + "internalErrors";
  private static final java.util.regex.Pattern REMOTE_API =
      java.util.regex.Pattern.compile("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*(\\.[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*)+(#[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*)?");
  /** Error Prone's spelling of the same options: {@code -XepOpt:OrmCheck:SarifFile=...}. */
  public static final String ERROR_PRONE_PREFIX = "OrmCheck:";

  private final ImmutableMap<Rule, RuleSetting> settings;
  private final Optional<Path> sarifFile;
  private final Optional<Path> sourceRoot;
  private final Optional<HibernateVersion> hibernateVersion;
  private final int defaultBatchFetchSize;
  private final Optional<Boolean> bytecodeEnhancement;
  private final ImmutableList<String> remoteApis;
  private final boolean reportInternalErrors;
  private final ImmutableList<String> errors;

  private OrmCheckOptions(
      ImmutableMap<Rule, RuleSetting> settings,
      Optional<Path> sarifFile,
      Optional<Path> sourceRoot,
      Optional<HibernateVersion> hibernateVersion,
      int defaultBatchFetchSize,
      Optional<Boolean> bytecodeEnhancement,
      ImmutableList<String> remoteApis,
      boolean reportInternalErrors,
      ImmutableList<String> errors) {
    this.defaultBatchFetchSize = defaultBatchFetchSize;
    this.bytecodeEnhancement = bytecodeEnhancement;
    this.remoteApis = remoteApis;
    this.reportInternalErrors = reportInternalErrors;
    this.settings = settings;
    this.sarifFile = sarifFile;
    this.sourceRoot = sourceRoot;
    this.hibernateVersion = hibernateVersion;
    this.errors = errors;
  }

  public static OrmCheckOptions defaults() {
    return parse(Map.of());
  }

  /** Every option name the processor accepts, for {@code Processor.getSupportedOptions()}. */
  public static ImmutableSet<String> supportedOptions() {
    ImmutableSet.Builder<String> names = ImmutableSet.<String>builder().add(SARIF_FILE, SOURCE_ROOT, HIBERNATE_VERSION, DEFAULT_BATCH_FETCH_SIZE, BYTECODE_ENHANCEMENT, REMOTE_APIS, INTERNAL_ERRORS);
    for (Rule rule : Rule.values()) {
      names.add(PREFIX + rule.id());
    }
    return names.build();
  }

  /** Parses the processor options; those outside the {@code ormcheck.} prefix are ignored. */
  public static OrmCheckOptions parse(Map<String, String> options) {
    ImmutableMap.Builder<Rule, RuleSetting> settings = ImmutableMap.builder();
    ImmutableList.Builder<String> errors = ImmutableList.builder();
    Optional<Path> sarifFile = Optional.empty();
    Optional<Path> sourceRoot = Optional.empty();
    Optional<HibernateVersion> hibernateVersion = Optional.empty();
    int defaultBatchFetchSize = 1;
    Optional<Boolean> bytecodeEnhancement = Optional.empty();
    ImmutableList.Builder<String> remoteApis = ImmutableList.builder();
    boolean reportInternalErrors = false;
    for (Map.Entry<String, String> option : new java.util.TreeMap<>(options).entrySet()) {
      String name = option.getKey();
      String value = option.getValue() == null ? "" : option.getValue().trim();
      if (!name.startsWith(PREFIX)) {
        continue;
      }
      if (name.equals(SARIF_FILE)) {
        sarifFile = path(name, value, errors);
      } else if (name.equals(SOURCE_ROOT)) {
        sourceRoot = path(name, value, errors);
      } else if (name.equals(DEFAULT_BATCH_FETCH_SIZE)) {
        try {
          defaultBatchFetchSize = Integer.parseInt(value);
          if (defaultBatchFetchSize < 1) {
            throw new NumberFormatException();
          }
        } catch (NumberFormatException e) {
          defaultBatchFetchSize = 1;
          errors.add(
              String.format(
                  "option -A%s has value '%s'; accepted values: a whole number of 1 or more (the"
                      + " hibernate.default_batch_fetch_size of the application)",
                  name, value));
        }
      } else if (name.equals(BYTECODE_ENHANCEMENT)) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
          bytecodeEnhancement = Optional.of(Boolean.parseBoolean(value));
        } else {
          errors.add(
              String.format(
                  "option -A%s has value '%s'; accepted values: true (the build enhances the"
                      + " entities for lazy loading), false",
                  name, value));
        }
      } else if (name.equals(REMOTE_APIS)) {
        for (String entry : value.split(",")) {
          String api = entry.trim();
          if (api.isEmpty()) {
            continue;
          }
          if (REMOTE_API.matcher(api).matches()) {
            remoteApis.add(api);
          } else {
            errors.add(
                String.format(
                    "option -A%s has entry '%s'; accepted values: a comma-separated list of fully"
                        + " qualified types (every method is remote) or Type#method, as in"
                        + " com.acme.Gateway,com.acme.Client#send",
                    name, api));
          }
        }
      } else if (name.equals(INTERNAL_ERRORS)) {
        if (value.equalsIgnoreCase("note")) {
          reportInternalErrors = true;
        } else if (value.equalsIgnoreCase("silent")) {
          reportInternalErrors = false;
        } else {
          errors.add(
              String.format(
                  "option -A%s has value '%s'; accepted values: silent, note (print a note when a"
                      + " check skips code after an internal error)",
                  name, value));
        }
      } else if (name.equals(HIBERNATE_VERSION)) {
        hibernateVersion = HibernateVersion.parse(value);
        if (hibernateVersion.isEmpty()) {
          errors.add(
              String.format(
                  "option -A%s has value '%s'; accepted values: a Hibernate ORM version such as"
                      + " 5.6 or 7.4.13.Final",
                  name, value));
        }
      } else {
        Optional<Rule> rule = Rule.byId(name.substring(PREFIX.length()));
        if (rule.isEmpty()) {
          errors.add(
              String.format(
                  "unknown option -A%s; accepted: -A%s=<file>, -A%s=<dir>, -A%s=<version>,"
                      + " -A%s=<number>, -A%s=<true|false>, -A%s=<types and Type#methods>,"
                      + " -A%s=<silent|note>, -A%s<RuleId>=%s with RuleId one of %s",
                  name, SARIF_FILE, SOURCE_ROOT, HIBERNATE_VERSION, DEFAULT_BATCH_FETCH_SIZE, BYTECODE_ENHANCEMENT,
                  REMOTE_APIS, INTERNAL_ERRORS, PREFIX,
                  acceptedSettings(),
                  ruleIds()));
          continue;
        }
        Optional<RuleSetting> setting = setting(value);
        if (setting.isEmpty()) {
          errors.add(
              String.format(
                  "option -A%s has value '%s'; accepted values: %s",
                  name, value, acceptedSettings()));
          continue;
        }
        settings.put(rule.get(), setting.get());
      }
    }
    return new OrmCheckOptions(settings.buildKeepingLast(),
        sarifFile,
        sourceRoot,
        hibernateVersion,
        defaultBatchFetchSize,
        bytecodeEnhancement,
        remoteApis.build(),
        reportInternalErrors,
        errors.build());
  }

  private static Optional<Path> path(
      String name, String value, ImmutableList.Builder<String> errors) {
    if (value.isEmpty()) {
      errors.add(String.format("option -A%s needs a path, as in -A%s=target/ormcheck.sarif", name, name));
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(value));
    } catch (InvalidPathException e) {
      errors.add(String.format("option -A%s: '%s' is not a valid path (%s)", name, value, e.getReason()));
      return Optional.empty();
    }
  }

  private static Optional<RuleSetting> setting(String value) {
    for (RuleSetting setting : RuleSetting.values()) {
      if (setting.name().equalsIgnoreCase(value)) {
        return Optional.of(setting);
      }
    }
    return Optional.empty();
  }

  private static String acceptedSettings() {
    return Arrays.stream(RuleSetting.values()).map(Enum::name).collect(Collectors.joining("|"));
  }

  private static String ruleIds() {
    return Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.joining(", "));
  }

  /** The severity a rule reports with, or empty when it is switched off. */
  public Optional<Severity> severity(Rule rule) {
    RuleSetting setting = settings.get(rule);
    return setting == null ? Optional.of(rule.defaultSeverity()) : setting.severity();
  }

  public Optional<Path> sarifFile() {
    return sarifFile;
  }

  public Optional<Path> sourceRoot() {
    return sourceRoot;
  }

  /**
   * {@code hibernate.default_batch_fetch_size} of the application; above 1, lazy associations
   * are loaded in batches and a loop over them costs N / size selects, not N.
   */
  public int defaultBatchFetchSize() {
    return defaultBatchFetchSize;
  }

  /**
   * Whether the build enhances the entities for lazy loading, when the options say ({@code
   * -Aormcheck.bytecodeEnhancement}); empty leaves it to what the class path shows.
   */
  public Optional<Boolean> bytecodeEnhancement() {
    return bytecodeEnhancement;
  }

  /**
   * Error Prone flags ({@code -XepOpt:OrmCheck:SarifFile=x}) as the same options ({@code
   * -Aormcheck.sarifFile=x}): the first letter after the prefix is lowered.
   */
  public static Map<String, String> fromErrorProneFlags(Map<String, String> flags) {
    Map<String, String> options = new java.util.TreeMap<>();
    for (Map.Entry<String, String> flag : flags.entrySet()) {
      String key = flag.getKey();
      if (key.startsWith(ERROR_PRONE_PREFIX) && key.length() > ERROR_PRONE_PREFIX.length()) {
        String rest = key.substring(ERROR_PRONE_PREFIX.length());
        options.put(PREFIX + Character.toLowerCase(rest.charAt(0)) + rest.substring(1), flag.getValue());
      }
    }
    return options;
  }

  /** These options, with {@code fallback}'s values where these have none. */
  public OrmCheckOptions orElse(OrmCheckOptions fallback) {
    ImmutableMap.Builder<Rule, RuleSetting> merged = ImmutableMap.builder();
    merged.putAll(fallback.settings).putAll(settings);
    return new OrmCheckOptions(
        merged.buildKeepingLast(),
        sarifFile.or(() -> fallback.sarifFile),
        sourceRoot.or(() -> fallback.sourceRoot),
        hibernateVersion.or(() -> fallback.hibernateVersion),
        defaultBatchFetchSize > 1 ? defaultBatchFetchSize : fallback.defaultBatchFetchSize,
        bytecodeEnhancement.or(() -> fallback.bytecodeEnhancement),
        ImmutableList.<String>builder().addAll(remoteApis).addAll(fallback.remoteApis).build(),
        reportInternalErrors || fallback.reportInternalErrors,
        ImmutableList.<String>builder().addAll(errors).addAll(fallback.errors).build());
  }

  /**
   * The user's remote APIs: fully qualified types (every method) and {@code Type#method} entries,
   * validated; RemoteCallInTransaction adds them to its built-in list.
   */
  public ImmutableList<String> remoteApis() {
    return remoteApis;
  }

  /**
   * Whether a check that skips code after an internal error prints a note saying so ({@code
   * -Aormcheck.internalErrors=note}); by default it stays silent.
   */
  public boolean reportInternalErrors() {
    return reportInternalErrors;
  }

  /** The Hibernate version to assume, overriding what the class path shows. */
  public Optional<HibernateVersion> hibernateVersion() {
    return hibernateVersion;
  }

  /** Problems with the options, each naming the option and what it accepts. */
  public ImmutableList<String> errors() {
    return errors;
  }
}

package io.github.ormcheck.maven.exec;

import io.github.ormcheck.checker.config.ConfigEntry;
import io.github.ormcheck.checker.config.ConfigurationFiles;
import io.github.ormcheck.checker.config.ConfigurationRules;
import io.github.ormcheck.checker.findings.Finding;
import io.github.ormcheck.checker.findings.Rule;
import io.github.ormcheck.checker.findings.RuleSetting;
import io.github.ormcheck.checker.findings.Severity;
import io.github.ormcheck.checker.javac.FindingCollector;
import io.github.ormcheck.checker.report.SarifReader;
import io.github.ormcheck.checker.report.SarifWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Maven-free engine of the goals: compiles the module's sources in a forked javac with Error
 * Prone and ormcheck (the flags javac's internals need are given to the fork, so neither Maven's
 * JVM nor the user's build needs them), runs the configuration rules over the resources, applies
 * severities, excludes and the baseline, and writes one SARIF report.
 */
public final class OrmCheckExecutor {
  /** What Error Prone needs opened in the JVM that runs javac (as in .mvn/jvm.config). */
  static final List<String> JAVAC_INTERNALS =
      List.of(
          "--add-exports=jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED",
          "--add-exports=jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED",
          "--add-exports=jdk.compiler/com.sun.tools.javac.main=ALL-UNNAMED",
          "--add-exports=jdk.compiler/com.sun.tools.javac.model=ALL-UNNAMED",
          "--add-exports=jdk.compiler/com.sun.tools.javac.parser=ALL-UNNAMED",
          "--add-exports=jdk.compiler/com.sun.tools.javac.processing=ALL-UNNAMED",
          "--add-exports=jdk.compiler/com.sun.tools.javac.tree=ALL-UNNAMED",
          "--add-exports=jdk.compiler/com.sun.tools.javac.util=ALL-UNNAMED",
          "--add-opens=jdk.compiler/com.sun.tools.javac.code=ALL-UNNAMED",
          "--add-opens=jdk.compiler/com.sun.tools.javac.comp=ALL-UNNAMED");
  /** A javac error line: {@code File.java:12: error: [RuleId] ...} or a file-less {@code error: ...}. */
  private static final Pattern ERROR_LINE = Pattern.compile("(?:^|: )error: (.*)$");
  private static final Pattern RULE_PREFIX = Pattern.compile("^\\[(\\w+)\\] ");
  private static final long COMPILE_TIMEOUT_MINUTES = 30;

  /** Runs the analysis and writes the SARIF report. */
  public CheckResult check(CheckRequest request) throws OrmCheckException {
    List<Finding> findings = analyse(request);
    SarifWriter writer = new SarifWriter(request.reportRoot(), FindingCollector.toolVersion());
    Baseline baseline = readBaseline(request);
    List<Finding> marked = new ArrayList<>();
    for (Finding finding : findings) {
      String fingerprint =
          SarifWriter.fingerprint(finding.rule().id(), writer.reportUri(finding.range().file()), finding.symbol());
      marked.add(baseline.contains(fingerprint) && !finding.suppressed() ? finding.withBaselined(true) : finding);
    }
    writeFile(request.sarifFile(), writer.write(marked));
    int failing = (int) marked.stream().filter(request.failOn()::fails).count();
    return new CheckResult(marked, request.sarifFile(), summary(marked, writer), failing);
  }

  /** Runs the analysis and writes the baseline file of its findings. */
  public List<Finding> baseline(CheckRequest request, Path baselineFile) throws OrmCheckException {
    List<Finding> findings = analyse(request);
    writeFile(baselineFile, Baseline.write(findings, new SarifWriter(request.reportRoot(), FindingCollector.toolVersion())));
    return findings.stream().filter(f -> !f.suppressed()).toList();
  }

  /** Every finding of the module, sorted, severities and excludes applied, baseline not yet. */
  List<Finding> analyse(CheckRequest request) throws OrmCheckException {
    List<ConfigEntry> configuration = new ArrayList<>();
    try {
      for (Path resources : request.resourceDirs()) {
        configuration.addAll(ConfigurationFiles.read(resources));
      }
    } catch (IOException e) {
      throw new OrmCheckException("ormcheck: cannot read the configuration files: " + e, e);
    }
    List<Finding> findings = new ArrayList<>();
    boolean usesJpa = usesJpa(request.classPath());
    for (Finding finding : ConfigurationRules.check(configuration, usesJpa)) {
      RuleSetting setting = request.ruleSettings().get(finding.rule().id());
      if (setting == null) {
        findings.add(finding);
      } else {
        setting.severity().ifPresent(severity -> findings.add(finding.withSeverity(severity)));
      }
    }
    List<Finding> compiled = usesJpa ? compile(request, ConfigurationRules.defaultBatchFetchSize(configuration)) : List.of();
    for (Finding finding : compiled) {
      findings.add(finding.withSeverity(severity(request, finding.rule())));
    }
    List<PathMatcher> excludes =
        request.excludes().stream().map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)).toList();
    List<Finding> kept = new ArrayList<>();
    for (Finding finding : findings) {
      Path file = Path.of(finding.range().file());
      Path relative = file.startsWith(request.baseDir()) ? request.baseDir().relativize(file) : file;
      if (excludes.stream().noneMatch(m -> m.matches(relative))) {
        kept.add(finding);
      }
    }
    kept.sort(Finding.ORDER);
    return kept;
  }

  private List<Finding> compile(CheckRequest request, OptionalInt batchFetchSize) throws OrmCheckException {
    List<Path> sources = new ArrayList<>();
    for (Path root : request.sourceRoots()) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> walk = Files.walk(root)) {
          walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().forEach(sources::add);
        } catch (IOException e) {
          throw new OrmCheckException("ormcheck: cannot list the sources under " + root + ": " + e, e);
        }
      }
    }
    if (sources.isEmpty()) {
      return List.of();
    }
    Path work = request.workDir();
    Path classes = work.resolve("classes");
    Path sarif = work.resolve("javac.sarif");
    Path log = work.resolve("javac.log");
    Path argFile = work.resolve("javac.args");
    try {
      deleteTree(classes);
      Files.createDirectories(classes);
      Files.deleteIfExists(sarif);
      List<String> args = javacArguments(request, sources, classes, sarif, batchFetchSize);
      Files.writeString(argFile, args.stream().map(OrmCheckExecutor::quote).collect(Collectors.joining("\n")) + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new OrmCheckException("ormcheck: cannot prepare " + work + ": " + e, e);
    }
    List<String> command = new ArrayList<>();
    command.add(request.javaExecutable().toString());
    command.addAll(jitOptions(sourceBytes(sources)));
    command.addAll(JAVAC_INTERNALS);
    command.add("com.sun.tools.javac.Main");
    command.add("@" + argFile);
    int exit;
    try {
      Process process = new ProcessBuilder(command)
          .directory(request.baseDir().toFile())
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
      if (!process.waitFor(COMPILE_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new OrmCheckException("ormcheck: the compilation did not end within " + COMPILE_TIMEOUT_MINUTES
            + " minutes; its output is in " + log);
      }
      exit = process.exitValue();
    } catch (IOException e) {
      throw new OrmCheckException("ormcheck: cannot start " + request.javaExecutable() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OrmCheckException("ormcheck: interrupted while compiling", e);
    }
    String output;
    try {
      output = Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      output = "";
    }
    List<String> otherErrors = errorsOtherThanFindings(output);
    if (exit != 0 && (exit != 1 || !otherErrors.isEmpty())) {
      String shown = output.strip().lines().limit(25).collect(Collectors.joining("\n"));
      throw new OrmCheckException("ormcheck: the module's sources do not compile for the analysis (javac exit code "
          + exit + "):\n" + shown + "\nFull output: " + log);
    }
    if (!Files.isRegularFile(sarif)) {
      throw new OrmCheckException("ormcheck: the compilation wrote no report " + sarif + "; its output is in " + log);
    }
    try {
      return SarifReader.read(Files.readString(sarif, StandardCharsets.UTF_8), request.reportRoot());
    } catch (IOException | RuntimeException e) {
      throw new OrmCheckException("ormcheck: cannot read " + sarif + ": " + e, e);
    }
  }

  /**
   * The forked JVM's JIT settings for a module of {@code sourceBytes} bytes of Java source. A
   * compilation of a module of ordinary size is over before the JIT's optimizing tier pays for
   * itself: its compiler threads take CPU from javac, on the 2 cores of a usual CI runner most of
   * all. With the first tier only, the analysis of the 2,500-line corpus took 1.4 to 1.9 s against
   * 2.1 to 2.9 s, 10k generated lines 2.6 s against 4.0 s, 100k lines 8.0 s against 10.5 to 11.2 s;
   * at 500k lines (12 MB) the optimizing tier wins back 1 to 4 s of 30. Above {@link
   * #FIRST_TIER_ONLY_UP_TO} the JVM keeps its defaults.
   */
  static List<String> jitOptions(long sourceBytes) {
    return sourceBytes <= FIRST_TIER_ONLY_UP_TO ? List.of("-XX:TieredStopAtLevel=1") : List.of();
  }

  /** 4 MiB of Java source: about 170k lines as the generated code base writes them. */
  static final long FIRST_TIER_ONLY_UP_TO = 4L << 20;

  private static long sourceBytes(List<Path> sources) {
    long total = 0;
    for (Path source : sources) {
      try {
        total += Files.size(source);
      } catch (IOException e) {
        // Unreadable here: javac will say so; it does not change the JIT's choice.
      }
    }
    return total;
  }

  private static Severity severity(CheckRequest request, Rule rule) {
    RuleSetting setting = request.ruleSettings().get(rule.id());
    return setting == null ? rule.defaultSeverity() : setting.severity().orElse(rule.defaultSeverity());
  }

  static List<String> javacArguments(
      CheckRequest request, List<Path> sources, Path classes, Path sarif, OptionalInt batchFetchSize) {
    List<String> args = new ArrayList<>();
    args.add("-d");
    args.add(classes.toString());
    args.add("-classpath");
    args.add(joinPath(request.classPath()));
    // ormcheck and Error Prone first, then the processors of the module's own build: those of the
    // compiler plugin's annotationProcessorPaths, else those on the class path, as javac finds them
    // in that build. Lombok, MapStruct or Hibernate's metamodel generator run as there, so code
    // that needs their output compiles. ormcheck itself brings no processor (its mapping rules are
    // Error Prone checks like the others), so a module without processors of its own is compiled
    // without processing rounds.
    Processing processing = request.processing();
    List<Path> processorPath = new ArrayList<>(request.toolPath());
    processorPath.addAll(processing.processorPath().orElse(request.classPath()));
    args.add("-processorpath");
    args.add(joinPath(processorPath));
    if (processing.disabled()) {
      args.add("-proc:none"); // Error Prone is a javac plugin, not a processor: it still runs
    } else if (!processing.processors().isEmpty()) {
      args.add("-processor");
      args.add(String.join(",", processing.processors()));
    }
    args.addAll(processing.options());
    args.add("-encoding");
    args.add("UTF-8");
    args.add("-parameters");
    args.add("-implicit:none");
    args.add("-Xmaxwarns");
    args.add("100000");
    args.add("-Xmaxerrs");
    args.add("100000");
    args.add("-XDcompilePolicy=simple");
    args.add("--should-stop=ifError=FLOW");
    // Error Prone's checks run when javac has finished flow analysis of a class; the analysis needs
    // nothing after that. Stopping there skips desugaring and code generation, a quarter of a
    // plain compilation, and writes no class files (the goal never used them).
    args.add("--should-stop=ifNoError=FLOW");
    StringBuilder errorProne = new StringBuilder("-Xplugin:ErrorProne -XepDisableAllChecks -XepIgnoreUnknownCheckNames");
    // Every rule that runs reports as a warning inside javac, so that no finding stops the
    // compilation before the other rules ran; the configured severities are applied afterwards.
    Map<String, RuleSetting> settings = new TreeMap<>(request.ruleSettings());
    for (Rule rule : Rule.values()) {
      RuleSetting inJavac = settings.get(rule.id()) == RuleSetting.OFF ? RuleSetting.OFF : RuleSetting.WARN;
      errorProne.append(" -Xep:").append(rule.id()).append(':').append(inJavac.name());
      // The same for ormcheck's processor, in case the module's class path brings ormcheck-processor.
      args.add("-Aormcheck." + rule.id() + "=" + inJavac.name());
    }
    args.add(errorProne.toString());
    args.add("-Aormcheck.sarifFile=" + sarif);
    args.add("-Aormcheck.sourceRoot=" + request.reportRoot());
    batchFetchSize.ifPresent(size -> args.add("-Aormcheck.defaultBatchFetchSize=" + size));
    for (Path source : sources) {
      args.add(source.toString());
    }
    return args;
  }

  /** javac's error lines that are not ormcheck findings (compile errors, tool errors). */
  static List<String> errorsOtherThanFindings(String output) {
    List<String> errors = new ArrayList<>();
    for (String line : output.split("\r?\n")) {
      Matcher error = ERROR_LINE.matcher(line);
      if (!error.find()) {
        continue;
      }
      Matcher rule = RULE_PREFIX.matcher(error.group(1));
      if (rule.find() && Rule.byId(rule.group(1)).isPresent()) {
        continue;
      }
      errors.add(line);
    }
    return errors;
  }

  /**
   * Whether the JPA API is on the class path (any jar or directory holding
   * {@code jakarta/persistence/Entity.class} or its {@code javax} twin, whatever the jar's name:
   * {@code jakarta.persistence-api}, {@code jakarta.jakartaee-api}, a shaded jar). Without it no
   * rule can find anything, so the compilation is skipped and such a module costs almost nothing.
   */
  static boolean usesJpa(List<Path> classPath) {
    List<String> markers = List.of("jakarta/persistence/Entity.class", "javax/persistence/Entity.class");
    for (Path entry : classPath) {
      if (Files.isDirectory(entry)) {
        if (markers.stream().anyMatch(m -> Files.isRegularFile(entry.resolve(m)))) {
          return true;
        }
      } else if (Files.isRegularFile(entry)) {
        try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(entry.toFile())) {
          if (markers.stream().anyMatch(m -> jar.getEntry(m) != null)) {
            return true;
          }
        } catch (IOException notAJar) {
          // Not a zip: nothing of JPA in it.
        }
      }
    }
    return false;
  }

  /** The summary: counts, then each rule's active findings with file:line and message. */
  static List<String> summary(List<Finding> findings, SarifWriter writer) {
    List<Finding> active = findings.stream().filter(Finding::active).toList();
    long errors = active.stream().filter(f -> f.severity() == Severity.ERROR).count();
    long suppressed = findings.stream().filter(Finding::suppressed).count();
    long baselined = findings.stream().filter(Finding::baselined).count();
    List<String> lines = new ArrayList<>();
    lines.add("ormcheck: " + active.size() + " finding(s): " + errors + " error(s), " + (active.size() - errors)
        + " warning(s); " + suppressed + " suppressed in source, " + baselined + " in the baseline");
    Map<String, List<Finding>> byRule = new TreeMap<>();
    for (Finding finding : active) {
      byRule.computeIfAbsent(finding.rule().id(), id -> new ArrayList<>()).add(finding);
    }
    for (Map.Entry<String, List<Finding>> rule : byRule.entrySet()) {
      lines.add("[" + rule.getKey() + "] " + rule.getValue().size() + " finding(s)");
      for (Finding finding : rule.getValue()) {
        String message = finding.message().lines().findFirst().orElse("");
        lines.add("  " + writer.reportUri(finding.range().file()) + ":" + finding.range().startLine() + ": "
            + finding.severity().sarifLevel() + ": " + message);
      }
    }
    return lines;
  }

  private static Baseline readBaseline(CheckRequest request) throws OrmCheckException {
    Optional<Path> file = request.baselineFile();
    if (file.isEmpty() || !Files.isRegularFile(file.get())) {
      return Baseline.empty();
    }
    try {
      return Baseline.read(file.get());
    } catch (IOException | IllegalArgumentException e) {
      throw new OrmCheckException("ormcheck: cannot read the baseline: " + e.getMessage(), e);
    }
  }

  private static void writeFile(Path file, String text) throws OrmCheckException {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new OrmCheckException("ormcheck: cannot write " + file + ": " + e, e);
    }
  }

  private static String joinPath(List<Path> paths) {
    return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  /** An argument as javac's @file reads it: in double quotes, backslashes and quotes escaped. */
  static String quote(String arg) {
    return '"' + arg.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}

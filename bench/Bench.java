import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Times javac and Maven configurations side by side on generated code bases and on the
 * test-corpus, each run a fresh process, and reports ratios against baselines of the same run:
 * median of N runs after one warm-up run per source, with min and max; the configurations take
 * turns (one run of each, N times) so that a slow minute of the machine hits them all alike.
 * Also: time per 1,000 lines, ormcheck's added time per 1,000 lines across sizes (linearity), and
 * peak memory (VmHWM of the compiling process).
 *
 * <p>Usage (see run.sh, which builds the class paths and installs the plugin into a private
 * repository): {@code java bench/Bench.java <workDir> <compileClasspath> <errorPronePath>
 * <checkerJar>:<processorJar>:<noopChecksJar> <runs> <report.md> <mavenRepo> <mavenSettings> <source dirs...>}
 */
public final class Bench {
  private static final List<String> JAVAC_INTERNALS =
      Stream.of("api", "file", "main", "model", "parser", "processing", "tree", "util")
          .map(p -> "-J--add-exports=jdk.compiler/com.sun.tools.javac." + p + "=ALL-UNNAMED")
          .collect(Collectors.toCollection(ArrayList::new));

  static {
    JAVAC_INTERNALS.add("-J--add-opens=jdk.compiler/com.sun.tools.javac.code=ALL-UNNAMED");
    JAVAC_INTERNALS.add("-J--add-opens=jdk.compiler/com.sun.tools.javac.comp=ALL-UNNAMED");
  }

  private static final String JAVAC = "javac";
  private static final String JAVAC_ORMCHECK = "javac+ormcheck";
  private static final String JAVAC_PROCESSOR = "javac+ormcheck-processor";
  private static final String ERRORPRONE = "errorprone";
  /** Error Prone's engine with every check disabled: what any Error Prone plugin starts from. */
  private static final String ERRORPRONE_ENGINE = "errorprone-no-checks";
  private static final String ERRORPRONE_ORMCHECK = "errorprone+ormcheck";
  /** Error Prone with as many checks as ormcheck's, matching the same trees and doing nothing (bench/NoopChecks.java). */
  private static final String ERRORPRONE_NOOP = "errorprone+no-op-checks";
  private static final String MVN_COMPILE = "mvn compile";
  private static final String MVN_CHECK = "mvn ormcheck:check";

  /**
   * One run: wall time, CPU time (user and system, of the process and everything it waited for:
   * javac's compiler, JIT and collector threads) and peak memory. CPU time leaves out the time the
   * machine gave to others; whether it spreads less than wall time depends on the machine (see
   * docs/performance.md).
   */
  record Sample(double seconds, double cpuSeconds, long peakKb) {}

  record Result(String config, String source, long lines, List<Sample> samples) {
    double median() {
      return median(Sample::seconds);
    }

    double medianCpu() {
      return median(Sample::cpuSeconds);
    }

    private double median(java.util.function.ToDoubleFunction<Sample> measure) {
      double[] sorted = samples.stream().mapToDouble(measure).sorted().toArray();
      return sorted[sorted.length / 2];
    }

    double min() {
      return samples.stream().mapToDouble(Sample::seconds).min().orElse(0);
    }

    double max() {
      return samples.stream().mapToDouble(Sample::seconds).max().orElse(0);
    }

    long peakKb() {
      long[] sorted = samples.stream().mapToLong(Sample::peakKb).sorted().toArray();
      return sorted[sorted.length / 2];
    }
  }

  /** One way to build a source: a command, run in a fresh process. */
  private interface Config {
    Sample run() throws IOException, InterruptedException;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 9 || args[3].split(java.io.File.pathSeparator).length != 3) {
      System.err.println("usage: java bench/Bench.java <workDir> <compileClasspath> <errorPronePath>"
          + " <checkerJar>:<processorJar>:<noopChecksJar> <runs> <report.md> <mavenRepo> <mavenSettings>"
          + " <source dirs...> (bench/run.sh passes these)");
      System.exit(2);
    }
    Path work = Path.of(args[0]);
    String compileClasspath = args[1];
    String errorProne = args[2];
    // The checker jar, the ormcheck-processor jar that registers its annotation processor, and
    // the jar of no-op checks that mirror ormcheck's (bench/NoopChecks.java).
    String checker = args[3].split(java.io.File.pathSeparator)[0];
    String processor = args[3].split(java.io.File.pathSeparator)[1];
    String noop = args[3].split(java.io.File.pathSeparator)[2];
    int runs = Integer.parseInt(args[4]);
    Path report = Path.of(args[5]);
    Path mavenRepo = Path.of(args[6]);
    Path mavenSettings = Path.of(args[7]);
    List<Path> sources = Arrays.stream(args).skip(8).map(Path::of).toList();

    // Rules that are errors in real builds would stop the compilation of the corpus's own cases.
    String asWarnings = "-Xep:InvalidLoadPlan:WARN -Xep:MultipleBagFetch:WARN";
    List<String> checkNames = ormcheckCheckNames(Path.of(checker));
    String ormcheckChecks = checkNames.stream().map(n -> "-Xep:" + n + ":WARN").collect(Collectors.joining(" "))
        + " " + asWarnings;
    String withChecker = errorProne + java.io.File.pathSeparator + checker;
    Map<String, List<String>> javacConfigs = new LinkedHashMap<>();
    javacConfigs.put(JAVAC, List.of("-proc:none"));
    // The checker's one runtime dependency outside Error Prone's engine is Guava.
    String guava = Arrays.stream(errorProne.split(java.io.File.pathSeparator))
        .filter(jar -> jar.contains("/guava/") || jar.contains("/failureaccess/"))
        .collect(Collectors.joining(java.io.File.pathSeparator));
    javacConfigs.put(JAVAC_PROCESSOR, List.of("-processorpath",
        String.join(java.io.File.pathSeparator, processor, checker, guava), "-Aormcheck.MultipleBagFetch=WARN"));
    javacConfigs.put(JAVAC_ORMCHECK, errorProneOptions(withChecker, "-XepDisableAllChecks " + ormcheckChecks));
    javacConfigs.put(ERRORPRONE_ENGINE, errorProneOptions(errorProne, "-XepDisableAllChecks"));
    javacConfigs.put(ERRORPRONE, errorProneOptions(errorProne, ""));
    javacConfigs.put(ERRORPRONE_ORMCHECK, errorProneOptions(withChecker, asWarnings));
    javacConfigs.put(ERRORPRONE_NOOP, errorProneOptions(errorProne + java.io.File.pathSeparator + noop, ""));

    List<Result> results = new ArrayList<>();
    for (Path source : sources) {
      List<String> files;
      try (Stream<Path> walk = Files.walk(source)) {
        files = walk.filter(f -> f.toString().endsWith(".java")).map(Path::toString).sorted().toList();
      }
      long lines = 0;
      for (String file : files) {
        lines += Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).size();
      }
      String name = source.getFileName().toString().equals("java") ? "test-corpus" : source.getFileName().toString();
      Path argfile = work.resolve(name + ".sources");
      Files.write(argfile, files);
      Path project = mavenProject(work.resolve("mvn-" + name), source);

      Map<String, Config> configs = new LinkedHashMap<>();
      for (Map.Entry<String, List<String>> config : javacConfigs.entrySet()) {
        configs.put(config.getKey(), () -> javac(work, compileClasspath, config.getValue(), argfile));
      }
      List<String> maven = List.of("mvn", "-B", "-q", "-s", mavenSettings.toString(),
          "-Dmaven.repo.local=" + mavenRepo, "-f", project.resolve("pom.xml").toString(), "clean");
      configs.put(MVN_COMPILE, () -> run(work, concat(maven, "compile")));
      configs.put(MVN_CHECK, () -> run(work, concat(maven,
          "io.github.ormcheck:ormcheck-maven-plugin:0.1.0-SNAPSHOT:check", "-Dormcheck.failOn=never",
          "-Dormcheck.rules=MultipleBagFetch=WARN,InvalidLoadPlan=WARN")));

      // One warm-up per source and configuration kind (file cache, the Maven repository), not timed.
      configs.get(ERRORPRONE_ORMCHECK).run();
      configs.get(MVN_CHECK).run();
      configs.get(MVN_COMPILE).run();
      Map<String, List<Sample>> samples = new LinkedHashMap<>();
      for (int run = 0; run < runs; run++) {
        for (Map.Entry<String, Config> config : configs.entrySet()) {
          samples.computeIfAbsent(config.getKey(), k -> new ArrayList<>()).add(config.getValue().run());
        }
      }
      for (Map.Entry<String, List<Sample>> entry : samples.entrySet()) {
        Result result = new Result(entry.getKey(), name, lines, entry.getValue());
        results.add(result);
        System.out.printf(Locale.ROOT, "%-26s %-12s %8d lines  median %7.2f s  (min %.2f, max %.2f)  CPU %7.2f s  peak %d MB%n",
            result.config(), result.source(), lines, result.median(), result.min(), result.max(), result.medianCpu(),
            result.peakKb() / 1024);
      }
    }
    // Robustness at every generated size: all ormcheck checks with internal errors reported, every
    // diagnostic printed; anything but a finding (or an internal-error note) is a failure.
    StringBuilder robustness = new StringBuilder("\n| source | lines | findings | internal errors | other diagnostics |\n|---|---|---|---|---|\n");
    for (Path source : sources) {
      String name = source.getFileName().toString();
      if (!name.startsWith("gen-")) {
        continue;
      }
      List<String> options = new ArrayList<>(javacConfigs.get(JAVAC_ORMCHECK));
      options.replaceAll(o -> o.startsWith("-Xplugin:ErrorProne")
          ? o + " -XepOpt:OrmCheck:InternalErrors=note" : o);
      robustness.append(robustness(work, compileClasspath, options, work.resolve(name + ".sources"), name,
          results.stream().filter(r -> r.source().equals(name)).findFirst().get().lines()));
    }
    // Error Prone's own timers, one compilation per source: which part of the checks' time is ormcheck's.
    StringBuilder timings = new StringBuilder("\n| source | that compilation, s | Error Prone's checks, s | ormcheck's checks, s"
        + " | ormcheck's share of the checks' time | ormcheck's share of the compilation | ms per Error Prone check"
        + " | ms per ormcheck check | ormcheck's largest, s |\n|---|---|---|---|---|---|---|---|---|\n");
    for (Path source : sources) {
      String name = source.getFileName().toString().equals("java") ? "test-corpus" : source.getFileName().toString();
      timings.append(checkTimings(work, name, work.resolve(name + ".sources"), compileClasspath, withChecker, String.join(",", checkNames),
          javacConfigs.get(ERRORPRONE_ORMCHECK)));
    }
    // The same compilations in one warm JVM, as Maven's and Gradle's in-process compilers run them
    // (bench/InProcess.java); up to 100k lines, where a round takes minutes rather than a quarter hour.
    StringBuilder warm = new StringBuilder("\n| source | ratio | wall time, paired by round: median (min to max)"
        + " | CPU time, paired by round: median (min to max) | median wall times |\n|---|---|---|---|---|\n");
    for (Result javac : results.stream().filter(r -> r.config().equals(JAVAC) && r.lines() <= 150_000).toList()) {
      warm.append(inProcess(work, javac.source(), work.resolve(javac.source() + ".sources"), compileClasspath, runs,
          javacConfigs));
    }
    String tables = tables(results) + robustness + timings + warm;
    System.out.println(tables);
    Files.writeString(report, keptPart(report) + markdown(tables, runs), StandardCharsets.UTF_8);
  }

  /** One row of Error Prone's per-check timers (bench/CheckTimings.java) for {@code name}. */
  private static String checkTimings(Path work, String name, Path argfile, String classpath, String processorPath,
      String checkNames, List<String> errorProneOptions) throws IOException, InterruptedException {
    List<String> arguments = new ArrayList<>(List.of(name, argfile.toString(), classpath, processorPath, checkNames));
    arguments.addAll(errorProneOptions.stream().filter(o -> o.startsWith("-Xplugin:")).toList());
    arguments.add("-Aormcheck.MultipleBagFetch=WARN");
    return tableRows(work, "CheckTimings", "timings-" + name, arguments);
  }

  /**
   * The rows of bench/InProcess.java for {@code name}: the configurations compiled in one JVM, one
   * warm-up round, then {@code runs} rounds.
   */
  private static String inProcess(Path work, String name, Path argfile, String classpath, int runs,
      Map<String, List<String>> configs) throws IOException, InterruptedException {
    List<String> arguments = new ArrayList<>(List.of(name, argfile.toString(), classpath, "1", Integer.toString(runs)));
    for (String config : List.of(JAVAC, JAVAC_ORMCHECK, ERRORPRONE_ENGINE, ERRORPRONE, ERRORPRONE_ORMCHECK, ERRORPRONE_NOOP)) {
      List<String> options = configs.get(config);
      int processorPath = options.indexOf("-processorpath");
      String plugin = options.stream().filter(o -> o.startsWith("-Xplugin:")).findFirst().orElse("");
      arguments.add(config + "=" + (processorPath < 0 ? "" : options.get(processorPath + 1)) + "|" + plugin);
    }
    arguments.addAll(List.of("--",
        "2. Error Prone + ormcheck vs Error Prone=" + ERRORPRONE_ORMCHECK + "/" + ERRORPRONE,
        "Error Prone + as many no-op checks vs Error Prone=" + ERRORPRONE_NOOP + "/" + ERRORPRONE,
        "1. ormcheck's checks on Error Prone vs javac=" + JAVAC_ORMCHECK + "/" + JAVAC,
        "Error Prone's engine, no checks, vs javac=" + ERRORPRONE_ENGINE + "/" + JAVAC,
        "ormcheck's checks vs that engine=" + JAVAC_ORMCHECK + "/" + ERRORPRONE_ENGINE));
    return tableRows(work, "InProcess", "inprocess-" + name, arguments);
  }

  /**
   * Runs bench/{@code tool}.java in a fresh JVM with javac's internals opened, its output in
   * {@code <log>.log}, and returns the Markdown table rows it printed.
   */
  private static String tableRows(Path work, String tool, String log, List<String> arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    JAVAC_INTERNALS.forEach(option -> command.add(option.substring("-J".length())));
    command.add("-Xmx6g");
    command.add(Path.of("bench", tool + ".java").toString());
    command.addAll(arguments);
    Path output = work.resolve(log + ".log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException(tool + " failed, see " + output);
    }
    return Files.readAllLines(output).stream().filter(l -> l.startsWith("| ")).collect(Collectors.joining("\n", "", "\n"));
  }

  /** javac options running Error Prone from {@code processorPath} with {@code flags} (its -Xep flags). */
  private static List<String> errorProneOptions(String processorPath, String flags) {
    return List.of("-XDcompilePolicy=simple", "--should-stop=ifError=FLOW", "-processorpath", processorPath,
        ("-Xplugin:ErrorProne " + flags).strip());
  }

  /** A Maven module around {@code sources}: the corpus's dependencies, the parent's versions. */
  private static Path mavenProject(Path dir, Path sources) throws IOException {
    Files.createDirectories(dir);
    String pom = """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <parent>
            <groupId>io.github.ormcheck</groupId>
            <artifactId>ormcheck-parent</artifactId>
            <version>0.1.0-SNAPSHOT</version>
            <relativePath/>
          </parent>
          <artifactId>bench-module</artifactId>
          <properties>
            <maven.compiler.release>17</maven.compiler.release>
          </properties>
          <dependencies>
            <dependency>
              <groupId>io.github.ormcheck</groupId>
              <artifactId>ormcheck-annotations</artifactId>
              <version>0.1.0-SNAPSHOT</version>
            </dependency>
            <dependency>
              <groupId>org.hibernate.orm</groupId>
              <artifactId>hibernate-core</artifactId>
            </dependency>
            <dependency>
              <groupId>org.springframework.data</groupId>
              <artifactId>spring-data-jpa</artifactId>
            </dependency>
          </dependencies>
          <build>
            <sourceDirectory>SOURCES</sourceDirectory>
          </build>
        </project>
        """.replace("SOURCES", sources.toAbsolutePath().toString());
    Files.writeString(dir.resolve("pom.xml"), pom, StandardCharsets.UTF_8);
    return dir;
  }

  private static List<String> concat(List<String> base, String... more) {
    List<String> all = new ArrayList<>(base);
    all.addAll(List.of(more));
    return all;
  }

  /** The names of the ormcheck checks registered in the checker jar. */
  private static List<String> ormcheckCheckNames(Path jar) throws IOException {
    try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
      java.util.zip.ZipEntry entry = file.getEntry("META-INF/services/com.google.errorprone.bugpatterns.BugChecker");
      String text = new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
      return text.lines().map(String::trim).filter(l -> !l.isEmpty())
          .map(l -> l.substring(l.lastIndexOf('.') + 1))
          .toList();
    }
  }

  private static Sample javac(Path work, String classpath, List<String> options, Path argfile)
      throws IOException, InterruptedException {
    Path out = Files.createTempDirectory(work, "classes");
    Sample sample = run(work, javacCommand(classpath, options, List.of("-nowarn", "-Xmaxwarns", "1"), out, argfile));
    deleteTree(out);
    return sample;
  }

  /**
   * Compiles once with every diagnostic printed and sorts them: ormcheck findings ({@code warning:
   * [RuleId]}), internal-error notes, and anything else (which should not exist).
   */
  private static String robustness(Path work, String classpath, List<String> options, Path argfile, String name,
      long lines) throws IOException, InterruptedException {
    Path out = Files.createTempDirectory(work, "classes");
    Path log = work.resolve(name + "-robustness.log");
    List<String> command = javacCommand(classpath, options, List.of("-Xmaxwarns", "10000000", "-Xmaxerrs", "10000000"),
        out, argfile);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int exit = process.waitFor();
    deleteTree(out);
    long findings = 0;
    long internal = 0;
    List<String> other = new ArrayList<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      if (line.matches(".*\\.java:\\d+: warning: \\[[A-Za-z]+\\] .*")) {
        findings++;
      } else if (line.startsWith("ormcheck: internal error")) {
        internal++;
      } else if (line.matches(".*\\.java:\\d+: (error|warning): .*") || line.matches("^(error|warning|Note): .*")) {
        other.add(line);
      }
    }
    if (exit != 0 || internal > 0 || !other.isEmpty()) {
      System.out.println("ROBUSTNESS FAILURE on " + name + " (exit " + exit + "), see " + log + ": " + other);
    }
    return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d%s |%n", name, lines, findings, internal, other.size(),
        exit == 0 ? "" : " (javac exit " + exit + ")");
  }

  /** This JDK's javac in a fresh process, with the internals Error Prone needs, on the sources in {@code argfile}. */
  private static List<String> javacCommand(String classpath, List<String> options, List<String> diagnostics, Path out,
      Path argfile) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
    command.addAll(JAVAC_INTERNALS);
    command.add("-J-Xmx6g");
    command.addAll(options);
    command.addAll(diagnostics);
    command.addAll(List.of("-implicit:none", "-cp", classpath, "-d", out.toString(), "@" + argfile));
    return command;
  }

  /** Runs a command; its peak memory is the largest VmHWM of the process and its children (Maven forks none here). */
  private static Sample run(Path work, List<String> command) throws IOException, InterruptedException {
    long cpuStart = childrenCpuTicks();
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(work.resolve("last-run.log").toFile()).start();
    long peak = 0;
    while (process.isAlive()) {
      peak = Math.max(peak, peakKb(process.toHandle()));
      process.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (process.exitValue() != 0) {
      throw new IllegalStateException("failed, see " + work.resolve("last-run.log") + ": " + command);
    }
    return new Sample(seconds, (childrenCpuTicks() - cpuStart) / CLOCK_TICKS, peak);
  }

  /** Linux counts CPU time in /proc in ticks of 1/100 s (USER_HZ, 100 on every architecture Java runs on). */
  private static final double CLOCK_TICKS = 100.0;

  /**
   * The user and system CPU time of this process's children that have ended and been waited for
   * (fields cutime and cstime of /proc/self/stat): a child's own children count once it waited
   * for them, so Maven's forked javac is in Maven's time. Java waits for a child before {@code
   * isAlive} turns false.
   */
  private static long childrenCpuTicks() throws IOException {
    String stat = Files.readString(Path.of("/proc/self/stat"));
    // The command name (field 2) is in parentheses and may hold spaces; count fields after it.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
    // Field 3 (state) is fields[0]; cutime and cstime are fields 16 and 17.
    return Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
  }

  private static long peakKb(ProcessHandle process) {
    long peak = 0;
    for (ProcessHandle handle : Stream.concat(Stream.of(process), process.descendants()).toList()) {
      try {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(handle.pid()), "status"))) {
          if (line.startsWith("VmHWM:")) {
            peak = Math.max(peak, Long.parseLong(line.replaceAll("[^0-9]", "")));
          }
        }
      } catch (IOException | RuntimeException e) {
        // The process ended between the check and the read.
      }
    }
    return peak;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static String tables(List<Result> results) {
    StringBuilder s = new StringBuilder();
    s.append("| source | lines | config | median s | min s | max s | s per 1k lines | median CPU s | peak MB |\n");
    s.append("|---|---|---|---|---|---|---|---|---|\n");
    for (Result r : results) {
      s.append(String.format(Locale.ROOT, "| %s | %d | %s | %.2f | %.2f | %.2f | %.3f | %.2f | %d |%n",
          r.source(), r.lines(), r.config(), r.median(), r.min(), r.max(), 1000 * r.median() / r.lines(), r.medianCpu(),
          r.peakKb() / 1024));
    }
    Map<String, Map<String, Result>> bySource = new LinkedHashMap<>();
    for (Result r : results) {
      bySource.computeIfAbsent(r.source(), k -> new LinkedHashMap<>()).put(r.config(), r);
    }
    s.append("\n| source | 1. ormcheck's checks on Error Prone vs javac (target <= 1.10x) | 2. Error Prone + ormcheck vs Error Prone (target <= 1.03x)"
        + " | 3. ormcheck:check vs mvn compile (target <= 1.3x) | peak memory, Error Prone + ormcheck vs Error Prone (target <= +10 %)"
        + " | peak memory, ormcheck's checks on Error Prone vs javac | the processor alone vs javac"
        + " | Error Prone's engine, no checks, vs javac | ormcheck's checks vs that engine"
        + " | Error Prone + as many no-op checks vs Error Prone | Error Prone + ormcheck vs Error Prone + no-op checks |\n");
    s.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Map.Entry<String, Map<String, Result>> entry : bySource.entrySet()) {
      Map<String, Result> m = entry.getValue();
      s.append(String.format(Locale.ROOT, "| %s | %.2fx | %.2fx | %.2fx | %+.1f %% | %+.1f %% | %.2fx | %.2fx | %.2fx | %.2fx | %.2fx |%n", entry.getKey(),
          ratio(m, JAVAC_ORMCHECK, JAVAC), ratio(m, ERRORPRONE_ORMCHECK, ERRORPRONE), ratio(m, MVN_CHECK, MVN_COMPILE),
          memory(m, ERRORPRONE_ORMCHECK, ERRORPRONE), memory(m, JAVAC_ORMCHECK, JAVAC), ratio(m, JAVAC_PROCESSOR, JAVAC),
          ratio(m, ERRORPRONE_ENGINE, JAVAC), ratio(m, JAVAC_ORMCHECK, ERRORPRONE_ENGINE),
          ratio(m, ERRORPRONE_NOOP, ERRORPRONE), ratio(m, ERRORPRONE_ORMCHECK, ERRORPRONE_NOOP)));
    }
    // The same ratios paired by round: configurations of one round ran minutes apart at most, so a
    // machine that slows down and speeds up between rounds moves both times of a pair alike.
    List<List<String>> pairs = List.of(
        List.of("2. Error Prone + ormcheck vs Error Prone", ERRORPRONE_ORMCHECK, ERRORPRONE),
        List.of("Error Prone + as many no-op checks vs Error Prone", ERRORPRONE_NOOP, ERRORPRONE),
        List.of("1. ormcheck's checks on Error Prone vs javac", JAVAC_ORMCHECK, JAVAC));
    pairedTable(s, bySource, "", Sample::seconds, pairs);
    // The same pairs by CPU time: what the compilation cost the machine, all of its threads, without
    // the minutes the machine gave to others.
    List<List<String>> cpuPairs = new ArrayList<>(pairs);
    cpuPairs.add(List.of("Error Prone's engine, no checks, vs javac", ERRORPRONE_ENGINE, JAVAC));
    pairedTable(s, bySource, "CPU time ", Sample::cpuSeconds, cpuPairs);
    // Linearity: seconds per 1,000 lines, total and added by ormcheck, across the generated sizes.
    List<Map<String, Result>> generated = bySource.entrySet().stream()
        .filter(e -> e.getKey().startsWith("gen-")).map(Map.Entry::getValue).toList();
    if (generated.size() > 1) {
      s.append("\n| seconds per 1,000 lines | ");
      s.append(generated.stream().map(m -> m.get(JAVAC).source()).collect(Collectors.joining(" | ")));
      s.append(" | largest / smallest |\n|---|");
      s.append("---|".repeat(generated.size() + 1)).append('\n');
      linearity(s, "javac", generated, m -> perKloc(m.get(JAVAC).median(), m));
      linearity(s, "Error Prone + ormcheck", generated, m -> perKloc(m.get(ERRORPRONE_ORMCHECK).median(), m));
      linearity(s, "added by ormcheck to Error Prone", generated,
          m -> perKloc(m.get(ERRORPRONE_ORMCHECK).median() - m.get(ERRORPRONE).median(), m));
      linearity(s, "added by ormcheck's checks to javac", generated,
          m -> perKloc(m.get(JAVAC_ORMCHECK).median() - m.get(JAVAC).median(), m));
    }
    return s.toString();
  }

  private static double perKloc(double seconds, Map<String, Result> m) {
    return 1000 * seconds / m.get(JAVAC).lines();
  }

  private static void linearity(StringBuilder s, String what, List<Map<String, Result>> sizes,
      Function<Map<String, Result>, Double> perKloc) {
    s.append("| ").append(what).append(" | ");
    List<Double> values = sizes.stream().map(perKloc).toList();
    s.append(values.stream().map(v -> String.format(Locale.ROOT, "%.4f", v)).collect(Collectors.joining(" | ")));
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    // A difference at or below zero is the noise between two medians, not a cost to compare.
    s.append(min <= 0
        ? String.format(Locale.ROOT, " | n/a (a difference at or below 0) |%n")
        : String.format(Locale.ROOT, " | %.2f |%n", max / min));
  }

  /** Peak memory of {@code config} over {@code baseline}'s, in percent more. */
  private static double memory(Map<String, Result> m, String config, String baseline) {
    return 100.0 * (m.get(config).peakKb() - m.get(baseline).peakKb()) / Math.max(1, m.get(baseline).peakKb());
  }

  private static double ratio(Map<String, Result> m, String config, String baseline) {
    return m.get(config).median() / m.get(baseline).median();
  }

  /**
   * A table of {@link #paired} ratios by {@code measure}, a row per source and a column per pair
   * (its label, the configuration, the baseline).
   */
  private static void pairedTable(StringBuilder s, Map<String, Map<String, Result>> bySource, String measureName,
      java.util.function.ToDoubleFunction<Sample> measure, List<List<String>> pairs) {
    s.append("\n| source");
    for (List<String> pair : pairs) {
      s.append(" | ").append(pair.get(0)).append(", ").append(measureName).append("paired by round: median (min to max)");
    }
    s.append(" |\n|---|").append("---|".repeat(pairs.size())).append('\n');
    for (Map.Entry<String, Map<String, Result>> entry : bySource.entrySet()) {
      s.append("| ").append(entry.getKey());
      for (List<String> pair : pairs) {
        s.append(" | ").append(paired(entry.getValue(), pair.get(1), pair.get(2), measure));
      }
      s.append(" |\n");
    }
  }

  /** The ratio of {@code config}'s time to {@code baseline}'s in each round: median, min and max. */
  private static String paired(Map<String, Result> m, String config, String baseline,
      java.util.function.ToDoubleFunction<Sample> time) {
    List<Sample> times = m.get(config).samples();
    List<Sample> baselineTimes = m.get(baseline).samples();
    double[] ratios = java.util.stream.IntStream.range(0, Math.min(times.size(), baselineTimes.size()))
        .mapToDouble(round -> time.applyAsDouble(times.get(round)) / time.applyAsDouble(baselineTimes.get(round)))
        .sorted()
        .toArray();
    return String.format(Locale.ROOT, "%.2fx (%.2fx to %.2fx)",
        ratios[ratios.length / 2], ratios[0], ratios[ratios.length - 1]);
  }

  /** Written by the benchmark below this line; what is above (the reading of the numbers) is kept. */
  static final String MARKER = "<!-- Below: written by bench/run.sh. Edit above this line. -->";

  private static String keptPart(Path report) throws IOException {
    if (!Files.exists(report)) {
      return "# Performance\n\n" + MARKER + "\n\n";
    }
    String text = Files.readString(report, StandardCharsets.UTF_8);
    int marker = text.indexOf(MARKER);
    return marker < 0 ? "# Performance\n\n" + MARKER + "\n\n" : text.substring(0, marker + MARKER.length()) + "\n\n";
  }

  private static String markdown(String tables, int runs) throws IOException {
    String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
        .filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
    String memory = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
    return "## Measured\n\nMeasured by `bash bench/run.sh` (median of " + runs
        + " runs per cell after a warm-up; every run a fresh process; the configurations take turns).\n\n"
        + "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + cpu + ", " + memory
        + ", Java " + System.getProperty("java.version") + ".\n\n" + tables;
  }
}

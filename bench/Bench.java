import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Times javac configurations side by side on generated code bases and on the test-corpus, each
 * run in a fresh javac process, and reports ratios against the baseline of the same run (median
 * of N runs after a warm-up, with min and max), time per 1,000 lines, and peak memory.
 *
 * <p>Usage (see run.sh, which builds the class paths): {@code java bench/Bench.java <workDir>
 * <compileClasspath> <errorPronePath> <checkerJar> <runs> <report.md> <source dirs...>}
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

  record Sample(double seconds, long peakKb) {}

  record Result(String config, String source, long lines, List<Sample> samples) {
    double median() {
      double[] sorted = samples.stream().mapToDouble(Sample::seconds).sorted().toArray();
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

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    String compileClasspath = args[1];
    String errorProne = args[2];
    String checker = args[3];
    int runs = Integer.parseInt(args[4]);
    Path report = Path.of(args[5]);
    List<Path> sources = Arrays.stream(args).skip(6).map(Path::of).toList();

    // Rules that are errors in real builds would stop the compilation of the corpus's own cases.
    String ormcheckChecks = ormcheckChecks(Path.of(checker)) + " -Xep:InvalidLoadPlan:WARN -Xep:MultipleBagFetch:WARN";
    String asWarnings = "-Xep:InvalidLoadPlan:WARN -Xep:MultipleBagFetch:WARN";
    Map<String, List<String>> configs = new LinkedHashMap<>();
    configs.put("javac", List.of("-proc:none"));
    configs.put("javac+ormcheck", List.of("-XDcompilePolicy=simple", "--should-stop=ifError=FLOW",
        "-processorpath", errorProne + java.io.File.pathSeparator + checker,
        "-Xplugin:ErrorProne -XepDisableAllChecks " + ormcheckChecks, "-Aormcheck.MultipleBagFetch=WARN"));
    configs.put("errorprone", List.of("-XDcompilePolicy=simple", "--should-stop=ifError=FLOW",
        "-processorpath", errorProne, "-Xplugin:ErrorProne"));
    configs.put("errorprone+ormcheck", List.of("-XDcompilePolicy=simple", "--should-stop=ifError=FLOW",
        "-processorpath", errorProne + java.io.File.pathSeparator + checker, "-Xplugin:ErrorProne " + asWarnings,
        "-Aormcheck.MultipleBagFetch=WARN"));

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
      Path argfile = work.resolve(source.getFileName() + ".sources");
      Files.write(argfile, files);
      for (Map.Entry<String, List<String>> config : configs.entrySet()) {
        List<Sample> samples = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
          Sample sample = javac(work, compileClasspath, config.getValue(), argfile);
          if (run > 0) { // run 0 warms the file system cache
            samples.add(sample);
          }
        }
        Result result = new Result(config.getKey(), source.getFileName().toString(), lines, samples);
        results.add(result);
        System.out.printf(Locale.ROOT, "%-22s %-14s %8d lines  median %6.2f s  (min %.2f, max %.2f)  peak %d MB%n",
            result.config(), result.source(), lines, result.median(), result.min(), result.max(), result.peakKb() / 1024);
      }
    }
    String table = table(results);
    System.out.println(table);
    Files.writeString(report, markdown(table, runs), StandardCharsets.UTF_8);
  }

  /** The ormcheck checks registered in the checker jar, enabled one by one. */
  private static String ormcheckChecks(Path jar) throws IOException {
    try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
      java.util.zip.ZipEntry entry = file.getEntry("META-INF/services/com.google.errorprone.bugpatterns.BugChecker");
      String text = new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
      return text.lines().map(String::trim).filter(l -> !l.isEmpty())
          .map(l -> "-Xep:" + l.substring(l.lastIndexOf('.') + 1) + ":WARN")
          .collect(Collectors.joining(" "));
    }
  }

  private static Sample javac(Path work, String classpath, List<String> options, Path argfile)
      throws IOException, InterruptedException {
    Path out = Files.createTempDirectory(work, "classes");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
    command.addAll(JAVAC_INTERNALS);
    command.add("-J-Xmx4g");
    command.addAll(options);
    command.addAll(List.of("-nowarn", "-Xmaxwarns", "1", "-implicit:none", "-cp", classpath, "-d", out.toString(), "@" + argfile));
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(work.resolve("javac.log").toFile()).start();
    long peak = 0;
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    while (process.isAlive()) {
      peak = Math.max(peak, peakKb(status));
      process.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (process.exitValue() != 0) {
      throw new IllegalStateException("javac failed, see " + work.resolve("javac.log") + ": " + command);
    }
    return new Sample(seconds, peak);
  }

  private static long peakKb(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // The process ended between the check and the read.
    }
    return 0;
  }

  private static String table(List<Result> results) {
    StringBuilder s = new StringBuilder();
    s.append("| source | lines | config | median s | min s | max s | s per 1k lines | peak MB |\n");
    s.append("|---|---|---|---|---|---|---|---|\n");
    for (Result r : results) {
      s.append(String.format(Locale.ROOT, "| %s | %d | %s | %.2f | %.2f | %.2f | %.3f | %d |%n",
          r.source(), r.lines(), r.config(), r.median(), r.min(), r.max(), 1000 * r.median() / r.lines(), r.peakKb() / 1024));
    }
    s.append("\n| source | ormcheck rules alone vs javac (target <= 1.10x) | Error Prone + ormcheck vs Error Prone (target <= 1.03x) | peak memory with ormcheck vs Error Prone (target <= +10 %) |\n");
    s.append("|---|---|---|---|\n");
    Map<String, Map<String, Result>> bySource = new LinkedHashMap<>();
    for (Result r : results) {
      bySource.computeIfAbsent(r.source(), k -> new LinkedHashMap<>()).put(r.config(), r);
    }
    for (Map.Entry<String, Map<String, Result>> entry : bySource.entrySet()) {
      Map<String, Result> m = entry.getValue();
      s.append(String.format(Locale.ROOT, "| %s | %.2fx | %.2fx | %+.1f %% |%n", entry.getKey(),
          m.get("javac+ormcheck").median() / m.get("javac").median(),
          m.get("errorprone+ormcheck").median() / m.get("errorprone").median(),
          100.0 * (m.get("errorprone+ormcheck").peakKb() - m.get("errorprone").peakKb()) / Math.max(1, m.get("errorprone").peakKb())));
    }
    return s.toString();
  }

  private static String markdown(String table, int runs) throws IOException {
    String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
        .filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
    String memory = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
    return "# Performance\n\nMeasured by `bash bench/run.sh` (median of " + runs
        + " javac processes per cell after one warm-up run; each cell a fresh JVM).\n\n"
        + "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + cpu + ", " + memory
        + ", Java " + System.getProperty("java.version") + ".\n\n" + table;
  }
}

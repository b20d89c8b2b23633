import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the same sources many times in one JVM, the configurations taking turns, the way Maven's
 * compiler plugin (javac in Maven's own process, one compilation per module) and Gradle's compiler
 * daemon run javac: javac itself stays loaded and compiled by the JIT from one compilation to the
 * next, while the processor path (Error Prone, ormcheck) gets a new class loader each time, as it
 * does in those builds. Compilations that follow each other within seconds see much the same
 * machine, and a warm javac shows the fixed cost of loading the checks, which a fresh process
 * hides in its own start-up.
 *
 * <p>Each round compiles once per configuration, in an order that rotates from round to round (a
 * configuration does not always follow the same one). The first {@code warmup} rounds are not
 * counted. For each configuration and its baseline the report gives the median of the per-round
 * ratios with their range, by wall time and by this process's CPU time (every thread: javac, the
 * JIT compilers, the collector).
 *
 * <p>Usage: {@code java <javac exports> bench/InProcess.java <name> <sources argfile>
 * <compileClasspath> <warmup rounds> <rounds> <config>=<processorPath>|<-Xplugin:...>... -- <ratio>=<config>/<baseline>...};
 * an empty processor path compiles with {@code -proc:none}. Prints Markdown table rows.
 */
public final class InProcess {
  record Config(String name, String processorPath, String plugin) {}

  record Time(double wall, double cpu) {}

  public static void main(String[] args) throws Exception {
    String name = args[0];
    List<String> files = Files.readAllLines(Path.of(args[1]));
    String classpath = args[2];
    int warmup = Integer.parseInt(args[3]);
    int rounds = Integer.parseInt(args[4]);
    int separator = Arrays.asList(args).indexOf("--");
    List<Config> configs = new ArrayList<>();
    for (String spec : Arrays.asList(args).subList(5, separator)) {
      String[] parts = spec.split("\\|", -1);
      String configName = parts[0].substring(0, parts[0].indexOf('='));
      configs.add(new Config(configName, parts[0].substring(configName.length() + 1), parts[1]));
    }
    Map<String, List<Time>> times = new LinkedHashMap<>();
    configs.forEach(c -> times.put(c.name(), new ArrayList<>()));
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int round = 0; round < warmup + rounds; round++) {
      for (int i = 0; i < configs.size(); i++) {
        Config config = configs.get((round + i) % configs.size());
        System.gc();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        compile(files, classpath, config);
        Time time = new Time((System.nanoTime() - start) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9);
        System.err.printf(Locale.ROOT, "%s round %d %-26s wall %7.2f s  cpu %7.2f s%s%n", name, round, config.name(),
            time.wall(), time.cpu(), round < warmup ? "  (warm-up)" : "");
        if (round >= warmup) {
          times.get(config.name()).add(time);
        }
      }
    }
    for (String ratio : Arrays.asList(args).subList(separator + 1, args.length)) {
      String label = ratio.substring(0, ratio.indexOf('='));
      String[] pair = ratio.substring(label.length() + 1).split("/");
      List<Time> a = times.get(pair[0]);
      List<Time> b = times.get(pair[1]);
      System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %.2f s, %.2f s |%n", name, label,
          paired(a, b, Time::wall), paired(a, b, Time::cpu), median(a, Time::wall), median(b, Time::wall));
    }
  }

  private static void compile(List<String> files, String classpath, Config config) throws Exception {
    Path out = Files.createTempDirectory("ormcheck-inprocess");
    try {
      List<String> options = new ArrayList<>(List.of("-nowarn", "-Xmaxwarns", "1", "-implicit:none",
          "-cp", classpath, "-d", out.toString()));
      if (config.processorPath().isEmpty()) {
        options.add("-proc:none");
      } else {
        options.addAll(List.of("-XDcompilePolicy=simple", "--should-stop=ifError=FLOW",
            "-processorpath", config.processorPath()));
      }
      if (!config.plugin().isEmpty()) {
        options.add(config.plugin());
      }
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, null)) {
        StringWriter log = new StringWriter();
        boolean ok = javac.getTask(new PrintWriter(log), fileManager, null, options, null,
            fileManager.getJavaFileObjectsFromStrings(files)).call();
        if (!ok) {
          throw new IllegalStateException(config.name() + " failed:\n" + log);
        }
      }
    } finally {
      try (Stream<Path> walk = Files.walk(out)) {
        for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  /** Median of the per-round ratios, with their range. */
  private static String paired(List<Time> a, List<Time> b, java.util.function.ToDoubleFunction<Time> time) {
    double[] ratios = IntStream.range(0, Math.min(a.size(), b.size()))
        .mapToDouble(i -> time.applyAsDouble(a.get(i)) / time.applyAsDouble(b.get(i)))
        .sorted()
        .toArray();
    return String.format(Locale.ROOT, "%.3fx (%.3fx to %.3fx)", ratios[ratios.length / 2], ratios[0],
        ratios[ratios.length - 1]);
  }

  private static double median(List<Time> times, java.util.function.ToDoubleFunction<Time> time) {
    double[] sorted = times.stream().mapToDouble(time).sorted().toArray();
    return sorted[sorted.length / 2];
  }

  private InProcess() {}
}

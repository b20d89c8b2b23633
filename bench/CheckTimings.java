import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.tools.javac.api.BasicJavacTask;
import com.sun.tools.javac.processing.JavacProcessingEnvironment;
import com.sun.tools.javac.util.Context;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles sources once with Error Prone (default checks) and ormcheck, in this process, and
 * prints Error Prone's own per-check timers ({@code ErrorProneTimings}: the wall time spent in
 * each check's matchers) as a Markdown table row: how much of the checks' time is ormcheck's, and
 * which of its checks cost most. Error Prone is loaded from the processor path, as in a build, so
 * its timers are read reflectively through javac's processor class loader.
 *
 * <p>Usage: {@code java <javac exports> bench/CheckTimings.java <name> <sources argfile>
 * <compileClasspath> <processorPath> <ormcheck check names, comma-separated> <-Xplugin:ErrorProne ...>
 * [more javac options]}
 */
public final class CheckTimings {
  public static void main(String[] args) throws Exception {
    String name = args[0];
    List<String> files = Files.readAllLines(Path.of(args[1]));
    Set<String> ormcheck = Set.of(args[4].split(","));
    Path out = Files.createTempDirectory("ormcheck-timings");
    List<String> options = new ArrayList<>(List.of("-XDcompilePolicy=simple", "--should-stop=ifError=FLOW",
        "-nowarn", "-Xmaxwarns", "1", "-implicit:none", "-cp", args[2], "-d", out.toString(),
        "-processorpath", args[3]));
    options.addAll(Arrays.asList(args).subList(5, args.length));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, null);
    JavacTask task = (JavacTask) javac.getTask(new PrintWriter(new StringWriter()), fileManager, null, options, null,
        fileManager.getJavaFileObjectsFromStrings(files));
    Context context = ((BasicJavacTask) task).getContext();
    Map<String, Duration> timings = new HashMap<>();
    task.addTaskListener(new TaskListener() {
      @Override
      public void finished(TaskEvent event) {
        if (event.getKind() == TaskEvent.Kind.COMPILATION) {
          timings.putAll(read(context));
        }
      }
    });
    long start = System.nanoTime();
    boolean ok = task.call();
    double wall = (System.nanoTime() - start) / 1e9;
    if (!ok || timings.isEmpty()) {
      throw new IllegalStateException("compilation failed or Error Prone reported no timings: " + name);
    }
    double all = seconds(timings.values());
    double ours = seconds(timings.entrySet().stream().filter(e -> ormcheck.contains(e.getKey())).map(Map.Entry::getValue).toList());
    long theirCount = timings.keySet().stream().filter(k -> !ormcheck.contains(k)).count();
    long ourCount = timings.keySet().stream().filter(ormcheck::contains).count();
    String largest = timings.entrySet().stream().filter(e -> ormcheck.contains(e.getKey()))
        .sorted(Map.Entry.<String, Duration>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(4)
        .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue().toNanos() / 1e9))
        .collect(Collectors.joining(", "));
    System.out.printf(Locale.ROOT, "| %s | %.1f | %.2f (%d checks) | %.2f (%d checks) | %.1f %% | %.1f %% | %.1f | %.1f | %s |%n",
        name, wall, all - ours, theirCount, ours, ourCount, 100 * ours / all, 100 * ours / wall,
        1000 * (all - ours) / Math.max(1, theirCount), 1000 * ours / Math.max(1, ourCount), largest);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Duration> read(Context context) {
    try {
      ClassLoader loader = JavacProcessingEnvironment.instance(context).getProcessorClassLoader();
      Class<?> timings = loader.loadClass("com.google.errorprone.ErrorProneTimings");
      Object instance = timings.getMethod("instance", Context.class).invoke(null, context);
      return new HashMap<>((Map<String, Duration>) timings.getMethod("timings").invoke(instance));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read Error Prone's timings", e);
    }
  }

  private static double seconds(java.util.Collection<Duration> durations) {
    return durations.stream().mapToLong(Duration::toNanos).sum() / 1e9;
  }

  private CheckTimings() {}
}

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Writes a jar of Error Prone checks that do nothing: one per ormcheck check, each implementing
 * the same tree matchers and returning {@code NO_MATCH}. The benchmark runs Error Prone with them
 * to measure what registering that many checks costs in Error Prone's engine (its per-check,
 * per-node bookkeeping), apart from any analysis.
 *
 * <p>Usage, with Error Prone on the class path: {@code java -cp <errorPronePath> bench/NoopChecks.java
 * <checkerJar> <out.jar> <workDir>}
 */
public final class NoopChecks {
  private static final String SERVICES = "META-INF/services/com.google.errorprone.bugpatterns.BugChecker";

  public static void main(String[] args) throws Exception {
    Path checkerJar = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Path sources = Files.createDirectories(Path.of(args[2], "noop-src", "noop"));
    Path classes = Files.createDirectories(Path.of(args[2], "noop-classes"));
    List<String> names = new ArrayList<>();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {checkerJar.toUri().toURL()}, NoopChecks.class.getClassLoader())) {
      String services = new String(loader.findResource(SERVICES).openStream().readAllBytes(), StandardCharsets.UTF_8);
      for (String line : services.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
        Class<?> check = Class.forName(line, false, loader);
        String name = "NoOp" + check.getSimpleName();
        Files.writeString(sources.resolve(name + ".java"), source(name, matchers(check)));
        names.add("noop." + name);
      }
    }
    List<String> files;
    try (Stream<Path> walk = Files.list(sources)) {
      files = walk.map(Path::toString).sorted().toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> options = new ArrayList<>(List.of("-nowarn", "-proc:none", "-d", classes.toString(),
        "-cp", System.getProperty("java.class.path")));
    options.addAll(files);
    if (javac.run(null, null, null, options.toArray(String[]::new)) != 0) {
      throw new IllegalStateException("the no-op checks did not compile: " + sources);
    }
    try (OutputStream file = Files.newOutputStream(out); JarOutputStream jar = new JarOutputStream(file)) {
      jar.putNextEntry(new JarEntry(SERVICES));
      jar.write((String.join("\n", names) + "\n").getBytes(StandardCharsets.UTF_8));
      try (Stream<Path> walk = Files.walk(classes)) {
        for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
          jar.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
          jar.write(Files.readAllBytes(path));
        }
      }
    }
    System.out.println("Wrote " + names.size() + " no-op checks to " + out);
  }

  /** The {@code BugChecker.*TreeMatcher} interfaces a check implements, itself or through its superclasses. */
  private static Set<Class<?>> matchers(Class<?> check) {
    Set<Class<?>> found = new LinkedHashSet<>();
    for (Class<?> type = check; type != null; type = type.getSuperclass()) {
      for (Class<?> implemented : type.getInterfaces()) {
        if (implemented.getSimpleName().endsWith("TreeMatcher") && implemented.getEnclosingClass() != null) {
          found.add(implemented);
        }
      }
    }
    return found;
  }

  private static String source(String name, Set<Class<?>> matchers) {
    StringBuilder s = new StringBuilder();
    s.append("package noop;\n\n")
        .append("@com.google.errorprone.BugPattern(summary = \"does nothing\",")
        .append(" severity = com.google.errorprone.BugPattern.SeverityLevel.WARNING)\n")
        .append("public final class ").append(name)
        .append(" extends com.google.errorprone.bugpatterns.BugChecker implements ")
        .append(String.join(", ", matchers.stream().map(m -> m.getCanonicalName()).toList())).append(" {\n");
    for (Class<?> matcher : matchers) {
      // Each matcher interface has one method: match<Kind>(<Kind>Tree, VisitorState).
      var method = Stream.of(matcher.getDeclaredMethods()).filter(m -> m.getName().startsWith("match"))
          .findFirst().orElseThrow();
      s.append("  @Override public com.google.errorprone.matchers.Description ").append(method.getName())
          .append("(").append(method.getParameterTypes()[0].getCanonicalName())
          .append(" tree, com.google.errorprone.VisitorState state) {\n")
          .append("    return com.google.errorprone.matchers.Description.NO_MATCH;\n  }\n");
    }
    return s.append("}\n").toString();
  }

  private NoopChecks() {}
}

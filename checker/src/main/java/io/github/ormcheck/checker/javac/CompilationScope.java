package io.github.ormcheck.checker.javac;

import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.tools.javac.api.MultiTaskListener;
import com.sun.tools.javac.model.JavacElements;
import com.sun.tools.javac.model.JavacTypes;
import com.sun.tools.javac.util.Context;
import com.sun.tools.javac.util.Log;
import com.sun.tools.javac.util.Options;
import io.github.ormcheck.checker.findings.OrmCheckOptions;
import io.github.ormcheck.checker.model.EntityModel;
import io.github.ormcheck.checker.model.HibernateVersion;
import java.util.Optional;

/**
 * Per-compilation state kept in javac's {@link Context}, shared by the annotation processor and
 * the Error Prone checks of the same compilation. Nothing is static and mutable: parallel
 * compilations (a {@code mvn -T 4} build) each have their own.
 */
public final class CompilationScope {
  private static final Context.Key<FindingCollector> COLLECTOR = new Context.Key<>();
  private static final Context.Key<EntityModel> ENTITY_MODEL = new Context.Key<>();
  /** Set when the annotation processor runs the mapping rules in this compilation. */
  private static final Context.Key<Boolean> MAPPINGS_CHECKED_BY_PROCESSOR = new Context.Key<>();
  /** The Hibernate version found on the class path, looked up once per compilation. */
  private static final Context.Key<Optional<HibernateVersion>> DETECTED_HIBERNATE = new Context.Key<>();
  /** Whether another JPA provider and no Hibernate is on the class path, looked up once per compilation. */
  private static final Context.Key<Boolean> ANOTHER_PROVIDER_ONLY = new Context.Key<>();
  private static final Context.Key<Boolean> QUARKUS_ENHANCES = new Context.Key<>();

  private CompilationScope() {}

  /**
   * The compilation's collector, created on first use with {@code options}; its reports are
   * written when javac finishes the compilation.
   */
  public static FindingCollector collector(Context context, OrmCheckOptions options) {
    FindingCollector existing = context.get(COLLECTOR);
    if (existing != null) {
      return existing;
    }
    FindingCollector collector = new FindingCollector(options);
    context.put(COLLECTOR, collector);
    Log log = Log.instance(context);
    MultiTaskListener.instance(context)
        .add(
            new TaskListener() {
              @Override
              public void finished(TaskEvent event) {
                if (event.getKind() == TaskEvent.Kind.COMPILATION) {
                  collector.writeReports().ifPresent(log::printRawLines);
                }
              }
            });
    return collector;
  }

  /**
   * The entity model shared by the Error Prone checks of this compilation, built on first use.
   * (The annotation processor keeps one per round instead: classes may be re-entered between
   * rounds; checks run after processing, on the final classes.)
   */
  public static EntityModel entityModel(Context context) {
    return instance(context, ENTITY_MODEL, c -> new EntityModel(JavacTypes.instance(c)));
  }

  /**
   * The compilation's instance of a per-compilation helper, created on first use. javac's {@link
   * Context} is the compilation, so nothing outlives it and no state is static.
   */
  public static <T> T instance(Context context, Context.Key<T> key, java.util.function.Function<Context, T> create) {
    T existing = context.get(key);
    if (existing == null) {
      existing = create.apply(context);
      context.put(key, existing);
    }
    return existing;
  }

  /** Called by the annotation processor when it starts: it checks the mappings of this compilation. */
  public static void markMappingsCheckedByProcessor(Context context) {
    if (context.get(MAPPINGS_CHECKED_BY_PROCESSOR) == null) {
      context.put(MAPPINGS_CHECKED_BY_PROCESSOR, Boolean.TRUE);
    }
  }

  /**
   * Whether ormcheck's annotation processor runs in this compilation (a build that put both
   * {@code ormcheck-processor} and Error Prone on the processor path): then it reports the
   * mapping findings, and the Error Prone checks of the same rules stay silent on mappings so
   * that nothing is reported twice.
   */
  public static boolean mappingsCheckedByProcessor(Context context) {
    return context.get(MAPPINGS_CHECKED_BY_PROCESSOR) != null;
  }

  /** {@link HibernateClasspath#anotherProviderOnly}, looked up once per compilation. */
  public static boolean anotherJpaProviderOnly(Context context) {
    return classPathFact(context, ANOTHER_PROVIDER_ONLY, HibernateClasspath::anotherProviderOnly);
  }

  /** {@link HibernateClasspath#quarkusEnhances}, looked up once per compilation. */
  public static boolean quarkusEnhances(Context context) {
    return classPathFact(context, QUARKUS_ENHANCES, HibernateClasspath::quarkusEnhances);
  }

  /** The Hibernate version on the compilation's class path, detected once per compilation. */
  public static Optional<HibernateVersion> detectedHibernate(Context context) {
    return classPathFact(context, DETECTED_HIBERNATE, HibernateClasspath::detect);
  }

  /** What the class path says, read once per compilation and kept under {@code key}. */
  private static <T> T classPathFact(
      Context context, Context.Key<T> key, java.util.function.Function<javax.lang.model.util.Elements, T> read) {
    T known = context.get(key);
    if (known == null) {
      known = read.apply(JavacElements.instance(context));
      context.put(key, known);
    }
    return known;
  }

  /**
   * The {@code -A} options of this compilation as a map from key to value ({@code -Akey} alone
   * maps to the empty string), read from javac's options so that Error Prone checks see them
   * whether or not an annotation processor runs.
   */
  public static java.util.Map<String, String> processorOptions(Context context) {
    java.util.Map<String, String> processorOptions = new java.util.TreeMap<>();
    for (String option : Options.instance(context).keySet()) {
      if (option.startsWith("-A") && option.length() > 2) {
        int equals = option.indexOf('=');
        String key = equals < 0 ? option.substring(2) : option.substring(2, equals);
        processorOptions.put(key, equals < 0 ? "" : option.substring(equals + 1));
      }
    }
    return processorOptions;
  }

  public static Optional<FindingCollector> existingCollector(Context context) {
    return Optional.ofNullable(context.get(COLLECTOR));
  }
}

package io.github.ormcheck.checker.javac;

import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.tools.javac.api.MultiTaskListener;
import com.sun.tools.javac.model.JavacTypes;
import com.sun.tools.javac.util.Context;
import com.sun.tools.javac.util.Log;
import io.github.ormcheck.checker.findings.OrmCheckOptions;
import io.github.ormcheck.checker.model.EntityModel;
import java.util.Optional;

/**
 * Per-compilation state kept in javac's {@link Context}, shared by the annotation processor and
 * the Error Prone checks of the same compilation. Nothing is static and mutable: parallel
 * compilations (a {@code mvn -T 4} build) each have their own.
 */
public final class CompilationScope {
  private static final Context.Key<FindingCollector> COLLECTOR = new Context.Key<>();
  private static final Context.Key<EntityModel> ENTITY_MODEL = new Context.Key<>();

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
    EntityModel model = context.get(ENTITY_MODEL);
    if (model == null) {
      model = new EntityModel(JavacTypes.instance(context));
      context.put(ENTITY_MODEL, model);
    }
    return model;
  }

  public static Optional<FindingCollector> existingCollector(Context context) {
    return Optional.ofNullable(context.get(COLLECTOR));
  }
}

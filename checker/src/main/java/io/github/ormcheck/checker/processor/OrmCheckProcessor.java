package io.github.ormcheck.checker.processor;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.sun.source.util.Trees;
import com.sun.tools.javac.processing.JavacProcessingEnvironment;
import io.github.ormcheck.checker.findings.OrmCheckOptions;
import io.github.ormcheck.checker.javac.CompilationScope;
import io.github.ormcheck.checker.javac.FindingCollector;
import io.github.ormcheck.checker.javac.HibernateClasspath;
import io.github.ormcheck.checker.model.EntityModel;
import io.github.ormcheck.checker.model.HibernateVersion;
import io.github.ormcheck.checker.model.JpaNames;
import io.github.ormcheck.checker.model.ManagedType;
import io.github.ormcheck.checker.mappings.EagerBagsRule;
import io.github.ormcheck.checker.mappings.EagerToManyRule;
import io.github.ormcheck.checker.mappings.EagerToOneRule;
import io.github.ormcheck.checker.mappings.ManyToManyListRule;
import io.github.ormcheck.checker.mappings.MappingRule;
import io.github.ormcheck.checker.mappings.UnidirectionalOneToManyRule;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * ormcheck's annotation processor: runs the mapping rules on every entity, mapped superclass and
 * embeddable compiled from source, for builds without Error Prone (plain javac, IDEs, other
 * compilers). Claims no annotations, generates nothing, and never throws into javac.
 *
 * <p>It is registered for discovery only in the {@code ormcheck-processor} artifact, not in
 * {@code ormcheck-checker}: with any annotation processor on the path javac runs processing rounds
 * and enters every source again, which costs more than the rules themselves, and Error Prone builds
 * get the same rules from the checks of the same names. When both run, the processor's findings
 * stand and the checks skip the mappings (see {@link CompilationScope#mappingsCheckedByProcessor}).
 */
public final class OrmCheckProcessor extends AbstractProcessor {
  private static final ImmutableList<MappingRule> RULES =
      ImmutableList.of(
          new EagerToManyRule(),
          new EagerToOneRule(),
          new ManyToManyListRule(),
          new UnidirectionalOneToManyRule(),
          new EagerBagsRule());

  private OrmCheckOptions options = OrmCheckOptions.defaults();
  private Optional<FindingCollector> collector = Optional.empty();
  /** Detected on first use; null until then. */
  private Optional<HibernateVersion> hibernateVersion;
  private Boolean anotherJpaProviderOnly;
  private Boolean lazyLoadingEnhanced;

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    options = OrmCheckOptions.parse(processingEnv.getOptions());
    for (String error : options.errors()) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "ormcheck: " + error);
    }
    collector = javacCollector(processingEnv);
    if (processingEnv instanceof JavacProcessingEnvironment) {
      try {
        CompilationScope.markMappingsCheckedByProcessor(((JavacProcessingEnvironment) processingEnv).getContext());
      } catch (LinkageError | RuntimeException e) {
        // Internals not exported: no Error Prone in this compilation either.
      }
    }
    if (collector.isEmpty() && options.sarifFile().isPresent()) {
      processingEnv
          .getMessager()
          .printMessage(
              Diagnostic.Kind.WARNING,
              "ormcheck: -A" + OrmCheckOptions.SARIF_FILE
                  + " needs javac's own processing environment and access to its internals"
                  + " (the --add-exports flags of the README); no SARIF report is written");
    }
  }

  /**
   * The compilation's shared collector, when this is javac and its internals are open to us;
   * empty in other compilers and in a javac run without the --add-exports flags.
   */
  private Optional<FindingCollector> javacCollector(ProcessingEnvironment env) {
    try {
      if (env instanceof JavacProcessingEnvironment) {
        return Optional.of(
            CompilationScope.collector(((JavacProcessingEnvironment) env).getContext(), options));
      }
    } catch (LinkageError | RuntimeException e) {
      // Internals not exported to us: findings still go to the compiler output.
    }
    return Optional.empty();
  }

  /** The Hibernate version the rules assume: the option, else what the class path holds. */
  private Optional<HibernateVersion> hibernateVersion() {
    if (hibernateVersion == null) {
      hibernateVersion =
          options.hibernateVersion().or(() -> HibernateClasspath.detect(processingEnv.getElementUtils()));
    }
    return hibernateVersion;
  }

  /** See {@link io.github.ormcheck.checker.mappings.MappingReporter#anotherJpaProviderOnly}, looked up once. */
  private boolean anotherJpaProviderOnly() {
    if (anotherJpaProviderOnly == null) {
      anotherJpaProviderOnly = options.hibernateVersion().isEmpty()
          && HibernateClasspath.anotherProviderOnly(processingEnv.getElementUtils());
    }
    return anotherJpaProviderOnly;
  }

  /** See {@link io.github.ormcheck.checker.mappings.MappingReporter#lazyLoadingEnhanced}, looked up once. */
  private boolean lazyLoadingEnhanced() {
    if (lazyLoadingEnhanced == null) {
      lazyLoadingEnhanced = options.bytecodeEnhancement()
          .orElseGet(() -> HibernateClasspath.quarkusEnhances(processingEnv.getElementUtils()));
    }
    return lazyLoadingEnhanced;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    for (String simpleName :
        ImmutableList.of(JpaNames.ENTITY, JpaNames.MAPPED_SUPERCLASS, JpaNames.EMBEDDABLE)) {
      names.addAll(JpaNames.persistence(simpleName));
    }
    return names.build();
  }

  @Override
  public Set<String> getSupportedOptions() {
    return OrmCheckOptions.supportedOptions();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (annotations.isEmpty()) {
      return false;
    }
    // A fresh model per round: javac may re-enter classes between rounds.
    EntityModel model = new EntityModel(processingEnv.getTypeUtils());
    ProcessorReporter reporter =
        new ProcessorReporter(
            processingEnv.getMessager(),
            collector.isPresent() ? Trees.instance(processingEnv) : null,
            model,
            options,
            hibernateVersion(),
            anotherJpaProviderOnly(),
            lazyLoadingEnhanced(),
            collector);
    Set<TypeElement> types = new LinkedHashSet<>();
    // One scan of the round's classes for all present annotation types, not one per type.
    for (Element element : round.getElementsAnnotatedWithAny(annotations.toArray(new TypeElement[0]))) {
      if (element instanceof TypeElement) {
        types.add((TypeElement) element);
      }
    }
    for (TypeElement type : types) {
      check(type, model, reporter);
    }
    return false;
  }

  private static void check(TypeElement type, EntityModel model, ProcessorReporter reporter) {
    Optional<ManagedType> managed;
    try {
      managed = model.managedType(type);
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      reporter.internalError("the entity model", type, e);
      return;
    }
    if (managed.isEmpty()) {
      return;
    }
    for (MappingRule rule : RULES) {
      try {
        rule.check(managed.get(), reporter);
      } catch (RuntimeException | LinkageError | StackOverflowError e) {
        reporter.internalError("rule " + rule.rule().id(), type, e);
      }
    }
  }
}

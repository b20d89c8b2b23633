package io.github.ormcheck.maven.exec;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The annotation processing of the module's own build, repeated in the analysis so that code that
 * needs generated classes (Lombok, MapStruct, Hibernate's metamodel) compiles there too.
 *
 * @param processorPath the compiler plugin's resolved {@code annotationProcessorPaths}; empty when
 *     it has none, and javac then finds processors on the class path, as in the build
 * @param processors the compiler plugin's {@code annotationProcessors}: only these run; empty for
 *     every processor javac discovers
 * @param disabled {@code proc=none}: no processor runs (Error Prone and ormcheck still do)
 * @param options the processors' {@code -Akey=value} options from the compiler plugin's arguments
 */
public record Processing(
    Optional<List<Path>> processorPath, List<String> processors, boolean disabled, List<String> options) {
  /** A build without compiler plugin settings: processors come from the class path. */
  public static final Processing FROM_CLASS_PATH = new Processing(Optional.empty(), List.of(), false, List.of());

  public Processing {
    processorPath = processorPath.map(List::copyOf);
    processors = List.copyOf(processors);
    options = List.copyOf(options);
  }
}

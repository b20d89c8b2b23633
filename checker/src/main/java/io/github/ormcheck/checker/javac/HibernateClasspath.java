package io.github.ormcheck.checker.javac;

import com.sun.tools.javac.code.Symbol;
import io.github.ormcheck.checker.model.HibernateVersion;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;

/**
 * Finds which Hibernate ORM the compilation sees, without loading it: the jar that holds {@code
 * org.hibernate.Version} on the compile class path, read from its manifest or its file name.
 * Empty when Hibernate is not on the class path or the jar cannot be read.
 */
public final class HibernateClasspath {
  private static final String VERSION_CLASS = "org.hibernate.Version";
  /** Quarkus's persistence unit qualifier, in every version of its Hibernate ORM extension. */
  private static final String QUARKUS_ORM_CLASS = "io.quarkus.hibernate.orm.PersistenceUnit";
  /** Hibernate 5 jars declare Implementation-Version; Hibernate 6 and 7 jars, Bundle-Version. */
  private static final List<String> MANIFEST_VERSIONS = List.of("Implementation-Version", "Bundle-Version");

  /** The persistence providers of EclipseLink, OpenJPA and DataNucleus. */
  private static final List<String> OTHER_PROVIDERS = List.of(
      "org.eclipse.persistence.jpa.PersistenceProvider",
      "org.apache.openjpa.persistence.PersistenceProviderImpl",
      "org.datanucleus.api.jpa.PersistenceProviderImpl");

  private HibernateClasspath() {}

  /**
   * Whether the class path holds another JPA provider and no Hibernate ORM: then what Hibernate
   * does (its MultipleBagFetchException, its in-memory pagination) is not what runs.
   */
  public static boolean anotherProviderOnly(Elements elements) {
    try {
      return elements.getTypeElement(VERSION_CLASS) == null
          && OTHER_PROVIDERS.stream().anyMatch(provider -> elements.getTypeElement(provider) != null);
    } catch (RuntimeException | LinkageError e) {
      return false; // A class path javac could not read: assume nothing.
    }
  }

  /**
   * Whether Quarkus's Hibernate ORM extension is on the class path: Quarkus enhances the bytecode
   * of every entity at build time, lazy loading included.
   */
  public static boolean quarkusEnhances(Elements elements) {
    try {
      return elements.getTypeElement(QUARKUS_ORM_CLASS) != null;
    } catch (RuntimeException | LinkageError e) {
      return false; // A class path javac could not read: assume nothing.
    }
  }

  public static Optional<HibernateVersion> detect(Elements elements) {
    try {
      TypeElement version = elements.getTypeElement(VERSION_CLASS);
      if (!(version instanceof Symbol.ClassSymbol)) {
        return Optional.empty();
      }
      JavaFileObject classFile = ((Symbol.ClassSymbol) version).classfile;
      return classFile == null ? Optional.empty() : fromClassFile(classFile.toUri());
    } catch (RuntimeException | LinkageError e) {
      // Not javac, or a class path entry javac could not read: the version stays unknown.
      return Optional.empty();
    }
  }

  static Optional<HibernateVersion> fromClassFile(URI uri) {
    String text = uri.toString();
    if (!text.startsWith("jar:")) {
      return Optional.empty();
    }
    int separator = text.indexOf("!/");
    String jarUri = separator < 0 ? text.substring(4) : text.substring(4, separator);
    Path jar;
    try {
      jar = Path.of(URI.create(jarUri));
    } catch (RuntimeException e) {
      return HibernateVersion.fromJarName(jarUri);
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      Manifest manifest = file.getManifest();
      if (manifest != null) {
        for (String attribute : MANIFEST_VERSIONS) {
          Optional<HibernateVersion> declared =
              HibernateVersion.parse(manifest.getMainAttributes().getValue(attribute));
          if (declared.isPresent()) {
            return declared;
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // Fall back to the file name.
    }
    return HibernateVersion.fromJarName(jar.getFileName().toString());
  }
}

package io.github.ormcheck.corpus.witness;

import java.io.IOException;
import java.io.InputStream;
import org.hibernate.bytecode.enhance.spi.DefaultEnhancementContext;
import org.hibernate.bytecode.enhance.spi.Enhancer;
import org.hibernate.bytecode.internal.BytecodeProviderInitiator;

/**
 * Loads the classes of one package enhanced by Hibernate's bytecode enhancer (its defaults: lazy
 * loading and inline dirty checking), as Hibernate's Maven and Gradle plugins enhance them at
 * build time; every other class comes from the parent. For witnesses about enhanced entities: the
 * test reaches those classes by name and reflection only.
 */
final class EnhancingClassLoader extends ClassLoader {
  private final String packagePrefix;
  private final Enhancer enhancer;

  EnhancingClassLoader(ClassLoader parent, String packageName) {
    super(parent);
    this.packagePrefix = packageName + ".";
    this.enhancer = BytecodeProviderInitiator.buildDefaultBytecodeProvider().getEnhancer(new DefaultEnhancementContext() {
      @Override
      public ClassLoader getLoadingClassLoader() {
        return parent;
      }
    });
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (!name.startsWith(packagePrefix) || name.indexOf('.', packagePrefix.length()) >= 0) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> loaded = findLoadedClass(name);
      if (loaded == null) {
        byte[] original = classFile(name);
        byte[] enhanced = enhancer.enhance(name, original);
        byte[] bytes = enhanced == null ? original : enhanced;
        loaded = defineClass(name, bytes, 0, bytes.length);
      }
      if (resolve) {
        resolveClass(loaded);
      }
      return loaded;
    }
  }

  private byte[] classFile(String name) throws ClassNotFoundException {
    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
      if (in == null) {
        throw new ClassNotFoundException(name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new ClassNotFoundException(name, e);
    }
  }
}

package gen;

import java.io.IOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/** For every JPA entity, generates a class of its attribute names, named by the option {@code names.suffix}. */
@SupportedAnnotationTypes("jakarta.persistence.Entity")
@SupportedOptions("names.suffix")
public class NamesProcessor extends AbstractProcessor {
  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    String suffix = processingEnv.getOptions().get("names.suffix");
    for (TypeElement annotation : annotations) {
      for (Element entity : round.getElementsAnnotatedWith(annotation)) {
        if (suffix == null) {
          processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "names.suffix is not set", entity);
          continue;
        }
        String name = entity.getSimpleName() + suffix;
        try (Writer out = processingEnv.getFiler().createSourceFile("shop." + name, entity).openWriter()) {
          out.write("package shop;\npublic final class " + name + " {\n  public static final String ID = \"id\";\n}\n");
        } catch (IOException e) {
          processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, e.toString(), entity);
        }
      }
    }
    return false;
  }
}

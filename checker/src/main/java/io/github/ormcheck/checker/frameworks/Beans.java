package io.github.ormcheck.checker.frameworks;

import com.google.common.collect.ImmutableSet;

/**
 * Annotations that make a class a bean its container finds by itself and injects where its type
 * is asked for: Spring's {@code @Component} (and every stereotype annotated with it, {@code
 * @Service}, {@code @Repository}, {@code @Controller}), CDI's bean-defining scopes, {@code
 * jakarta.inject}'s {@code @Named} and {@code @Singleton} (which Spring, CDI and Guice read), and
 * enterprise beans.
 */
public final class Beans {
  /** Spring's stereotype: on the class, or on an annotation of the class (a meta-annotation). */
  public static final String SPRING_COMPONENT = "org.springframework.stereotype.Component";

  public static final ImmutableSet<String> COMPONENTS =
      ImmutableSet.<String>builder()
          .add(SPRING_COMPONENT)
          .addAll(EnterpriseBeans.jakartaAndJavax("enterprise.context", "ApplicationScoped", "RequestScoped",
              "SessionScoped", "ConversationScoped", "Dependent"))
          .addAll(EnterpriseBeans.jakartaAndJavax("inject", "Named", "Singleton"))
          .addAll(EnterpriseBeans.COMPONENTS)
          .build();

  private Beans() {}
}

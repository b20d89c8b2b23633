package io.github.ormcheck.checker.transactions;

import com.google.common.collect.ImmutableMap;
import com.sun.tools.javac.code.Attribute;
import com.sun.tools.javac.code.Symbol;
import io.github.ormcheck.checker.frameworks.SpringTx;
import java.util.Map;
import java.util.TreeMap;

/**
 * The attributes of one {@code @Transactional} (Spring, Jakarta or javax) or enterprise bean's
 * {@code @TransactionAttribute}, as written: {@code propagation} is the {@code Propagation}/{@code
 * TxType}/{@code TransactionAttributeType} constant name, and {@code others} holds
 * every other explicit attribute ({@code readOnly}, {@code isolation}, {@code timeout}, rollback
 * rules...) by name, as source-like text. Defaults are left out, so two annotations that say the
 * same thing compare equal.
 */
public record TransactionAttributes(String annotation, String propagation, ImmutableMap<String, String> others) {
  private static final String DEFAULT_PROPAGATION = "REQUIRED";
  private static final com.google.common.collect.ImmutableSet<String> JOINING_PROPAGATION =
      com.google.common.collect.ImmutableSet.of(DEFAULT_PROPAGATION, "SUPPORTS", "MANDATORY");

  /** Whether a method with these attributes runs inside a transaction (it may join one). */
  public boolean transactional() {
    return !SpringTx.NON_TRANSACTIONAL_PROPAGATION.contains(propagation);
  }

  /**
   * Whether a method with these attributes runs in a transaction however it is called: not
   * {@code SUPPORTS}, which runs without one when its caller has none, nor the non-transactional
   * propagations. Code that analyses a method as where a transaction begins asks this: for a
   * {@code SUPPORTS} method it cannot tell.
   */
  public boolean alwaysTransactional() {
    return transactional() && !propagation.equals("SUPPORTS");
  }

  /**
   * Whether a method with these attributes runs in its caller's transaction when there is one
   * ({@code REQUIRED}, {@code SUPPORTS}, {@code MANDATORY}), rather than in a new one, a nested
   * one or none.
   */
  public boolean joinsCaller() {
    return JOINING_PROPAGATION.contains(propagation);
  }

  public boolean readOnly() {
    return "true".equals(others.get("readOnly"));
  }

  /** A transaction some caller began, with attributes the code does not show. */
  public static TransactionAttributes joined() {
    return new TransactionAttributes("(a caller's transaction)", DEFAULT_PROPAGATION, ImmutableMap.of());
  }

  /**
   * An enterprise bean's business method that declares no {@code @TransactionAttribute}: the
   * container's default, REQUIRED; {@code component} is the bean's annotation ({@code
   * jakarta.ejb.Stateless}).
   */
  static TransactionAttributes containerDefault(String component) {
    return new TransactionAttributes(component, DEFAULT_PROPAGATION, ImmutableMap.of());
  }

  /**
   * Whether an enterprise bean's container demarcates this transaction (its {@code
   * @TransactionAttribute} or its default), rather than a {@code @Transactional} or a template.
   */
  public boolean containerManaged() {
    return annotation.startsWith("jakarta.ejb.") || annotation.startsWith("javax.ejb.");
  }

  /** Whether Spring demarcates this transaction: its {@code @Transactional} or its template. */
  public boolean springManaged() {
    return annotation.startsWith("org.springframework.");
  }

  /** A {@code TransactionTemplate} callback: the template's defaults. */
  static TransactionAttributes template() {
    return new TransactionAttributes("org.springframework.transaction.support.TransactionTemplate", DEFAULT_PROPAGATION, ImmutableMap.of());
  }

  /**
   * Reads a {@code @Transactional} or {@code @TransactionAttribute} annotation (whose {@code value}
   * is the propagation, as for Jakarta's {@code @Transactional}).
   */
  static TransactionAttributes of(Attribute.Compound transactional) {
    String annotation = transactional.type.tsym.getQualifiedName().toString();
    String propagation = DEFAULT_PROPAGATION;
    Map<String, String> others = new TreeMap<>();
    for (Map.Entry<Symbol.MethodSymbol, Attribute> value : transactional.getElementValues().entrySet()) {
      String name = value.getKey().getSimpleName().toString();
      String text = text(value.getValue());
      boolean propagationAttribute =
          annotation.equals(SpringTx.SPRING_TRANSACTIONAL) ? name.equals("propagation") : name.equals("value");
      if (propagationAttribute) {
        propagation = text;
      } else if (!(name.equals("value") || name.equals("transactionManager")) || !annotation.equals(SpringTx.SPRING_TRANSACTIONAL)) {
        others.put(name, text);
      } else {
        // Spring's value/transactionManager pick the transaction manager: a different one is a
        // different transaction.
        others.put("transactionManager", text);
      }
    }
    return new TransactionAttributes(annotation, propagation, ImmutableMap.copyOf(others));
  }

  private static String text(Attribute value) {
    if (value instanceof Attribute.Enum constant) {
      return constant.value.getSimpleName().toString();
    }
    if (value instanceof Attribute.Constant constant) {
      return String.valueOf(constant.getValue());
    }
    return value.toString();
  }
}

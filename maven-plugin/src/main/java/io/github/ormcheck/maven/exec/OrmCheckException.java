package io.github.ormcheck.maven.exec;

/** The analysis could not run (a tool error, not a finding); the message says why and where. */
public final class OrmCheckException extends Exception {
  private static final long serialVersionUID = 1L;

  public OrmCheckException(String message) {
    super(message);
  }

  public OrmCheckException(String message, Throwable cause) {
    super(message, cause);
  }
}

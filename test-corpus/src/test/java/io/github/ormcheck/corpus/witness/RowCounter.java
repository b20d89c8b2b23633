package io.github.ormcheck.corpus.witness;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Counts the rows Hibernate reads from JDBC: every {@code ResultSet.next()} that returns true, on
 * any statement of a wrapped data source. This is what a collection join multiplies.
 */
public final class RowCounter {
  private final AtomicLong rows = new AtomicLong();

  public DataSource wrap(DataSource dataSource) {
    return proxy(DataSource.class, dataSource);
  }

  public long rows() {
    return rows.get();
  }

  public void clear() {
    rows.set(0);
  }

  @SuppressWarnings("unchecked")
  private <T> T proxy(Class<T> type, T target) {
    InvocationHandler handler = (proxy, method, args) -> {
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      if (type == ResultSet.class && method.getName().equals("next") && Boolean.TRUE.equals(result)) {
        rows.incrementAndGet();
      }
      return wrapResult(method.getReturnType(), result);
    };
    return (T) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler);
  }

  private Object wrapResult(Class<?> declared, Object result) {
    if (result == null || !declared.isInterface()) {
      return result;
    }
    if (declared == Connection.class) {
      return proxy(Connection.class, (Connection) result);
    }
    if (Statement.class.isAssignableFrom(declared) && declared.isInstance(result)) {
      return proxyAs(declared, result);
    }
    if (declared == ResultSet.class) {
      return proxy(ResultSet.class, (ResultSet) result);
    }
    return result;
  }

  @SuppressWarnings("unchecked")
  private <T> Object proxyAs(Class<T> declared, Object result) {
    return proxy(declared, (T) result);
  }
}

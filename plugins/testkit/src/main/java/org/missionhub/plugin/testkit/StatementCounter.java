package org.missionhub.plugin.testkit;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;

/**
 * A connection that counts the statements made on it ({@code prepareStatement}, {@code createStatement},
 * {@code prepareCall}) and otherwise passes every call through: how many round trips of SQL some work
 * costs, whatever the size of the data it reads (an N+1 shows as a count that grows with it).
 */
public final class StatementCounter implements InvocationHandler {

  private static final Set<String> COUNTED = Set.of("prepareStatement", "createStatement", "prepareCall");

  private final Connection connection;
  private int statements;

  private StatementCounter(Connection connection) {
    this.connection = connection;
  }

  public static StatementCounter on(Connection connection) {
    return new StatementCounter(connection);
  }

  /** The counting connection (closing it closes the real one). */
  public Connection connection() {
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, this);
  }

  public int statements() {
    return statements;
  }

  public void reset() {
    statements = 0;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (COUNTED.contains(method.getName())) {
      statements++;
    }
    try {
      return method.invoke(connection, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}

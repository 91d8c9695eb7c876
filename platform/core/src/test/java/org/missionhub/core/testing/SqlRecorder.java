package org.missionhub.core.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.queries.Call;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Records the SQL EclipseLink executes, per thread: a test starts a {@link Recording} on its own thread and
 * sees only the statements that thread issued, even when other tests share the EntityManagerFactory.
 */
public final class SqlRecorder extends SessionEventAdapter {

  private final Map<Thread, List<String>> recordings = new ConcurrentHashMap<>();

  /** Starts recording the statements of the current thread until the recording is closed. */
  public Recording start() {
    List<String> statements = new CopyOnWriteArrayList<>();
    Thread thread = Thread.currentThread();
    recordings.put(thread, statements);
    return new Recording(statements, () -> recordings.remove(thread));
  }

  @Override
  public void preExecuteCall(SessionEvent event) {
    List<String> statements = recordings.get(Thread.currentThread());
    Call call = event.getCall();
    if (statements != null && call instanceof DatabaseCall databaseCall) {
      statements.add(databaseCall.getSQLString());
    }
  }

  /** The statements of one thread between {@link #start()} and {@link #close()}. */
  public static final class Recording implements AutoCloseable {

    private final List<String> statements;
    private final Runnable stop;

    private Recording(List<String> statements, Runnable stop) {
      this.statements = statements;
      this.stop = stop;
    }

    /** The SQL statements so far, in execution order, with {@code ?} for bound parameters. */
    public List<String> statements() {
      return List.copyOf(statements);
    }

    @Override
    public void close() {
      stop.run();
    }
  }
}

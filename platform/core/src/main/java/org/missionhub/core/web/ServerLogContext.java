package org.missionhub.core.web;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;

/**
 * Puts the request id on every log record written on the request's thread, MissionHub's and the server's own:
 * Open Liberty's {@code LogRecordContext} adds it as {@code ext_requestId} to each line of its JSON logs
 * ({@code WLP_LOGGING_*_FORMAT=json}). That API's jar is part of the server but not published to Maven
 * Central, so it is looked up here rather than compiled against; where it is missing (unit tests) this does
 * nothing.
 */
public final class ServerLogContext {

  /** The field's name; Liberty writes it as {@code ext_requestId}. */
  static final String REQUEST_ID = "requestId";

  private static final Optional<Handles> HANDLES = Handles.find();

  private ServerLogContext() {}

  public static void bindRequestId(String id) {
    HANDLES.ifPresent(h -> h.add(REQUEST_ID, id));
  }

  public static void unbindRequestId() {
    HANDLES.ifPresent(h -> h.remove(REQUEST_ID));
  }

  private record Handles(MethodHandle addExtension, MethodHandle removeExtension) {

    static Optional<Handles> find() {
      try {
        Class<?> context = Class.forName("com.ibm.websphere.logging.hpel.LogRecordContext");
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        return Optional.of(
            new Handles(
                lookup.findStatic(context, "addExtension", MethodType.methodType(void.class, String.class, String.class)),
                lookup.findStatic(context, "removeExtension", MethodType.methodType(boolean.class, String.class))));
      } catch (ReflectiveOperationException | LinkageError notOnLiberty) {
        return Optional.empty();
      }
    }

    void add(String key, String value) {
      try {
        addExtension.invoke(key, value);
      } catch (Throwable e) {
        throw new IllegalStateException("The server's log context refused " + key, e);
      }
    }

    void remove(String key) {
      try {
        removeExtension.invoke(key);
      } catch (Throwable e) {
        throw new IllegalStateException("The server's log context refused " + key, e);
      }
    }
  }
}

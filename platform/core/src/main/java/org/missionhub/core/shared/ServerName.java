package org.missionhub.core.shared;

/** This server's name among those sharing the database, in claims of work: host and process id. */
public final class ServerName {

  private static final String NAME = compute();

  private ServerName() {}

  public static String get() {
    return NAME;
  }

  private static String compute() {
    String host;
    try {
      host = java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.net.UnknownHostException e) {
      host = "unknown-host";
    }
    String name = host + ":" + ProcessHandle.current().pid();
    return name.length() > 100 ? name.substring(0, 100) : name;
  }
}

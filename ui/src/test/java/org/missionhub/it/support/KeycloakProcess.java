package org.missionhub.it.support;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * The tests' Keycloak as a process: frozen (SIGSTOP: it keeps its port and answers nothing, the hardest kind
 * of outage for its clients) and thawed again, through infra/keycloak/keycloak.sh. Thaw in a finally block:
 * every later test needs Keycloak.
 */
public final class KeycloakProcess {

  private KeycloakProcess() {}

  public static void freeze() {
    run("freeze");
  }

  public static void thaw() {
    run("thaw");
  }

  private static void run(String command) {
    try {
      Process process =
          new ProcessBuilder("bash", ItEnvironment.keycloakScript(), command, "test").redirectErrorStream(true).inheritIO().start();
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("keycloak.sh " + command + " test failed");
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run keycloak.sh", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}

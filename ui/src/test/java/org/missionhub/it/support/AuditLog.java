package org.missionhub.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;

/** An organisation's audit log as its administrator reads it through the API. */
public final class AuditLog {

  private AuditLog() {}

  /** The newest 100 entries with this action ({@code notes.note.created}), newest first. */
  public static List<JsonObject> entries(Scenario.Org org, String action) {
    ApiResponse log = org.admin().api().get(org.path() + "/audit?size=100");
    assertThat(log.status()).as(log.toString()).isEqualTo(200);
    return log.items().stream().map(v -> v.asJsonObject()).filter(e -> e.getString("action").equals(action)).toList();
  }

  /** The newest entry with this action; fails if there is none. */
  public static JsonObject entry(Scenario.Org org, String action) {
    List<JsonObject> entries = entries(org, action);
    assertThat(entries).as("audit entries %s", action).isNotEmpty();
    return entries.get(0);
  }
}

package org.missionhub.it.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.missionhub.it.support.Api;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;

/** What the workshop tests do through the API again and again: post a note, place dots, read what came back. */
final class WorkshopCalls {

  private WorkshopCalls() {}

  static String note(int prompt, String body) {
    return Payloads.object("prompt", prompt, "body", body);
  }

  /** Posts a note to the workshop at {@code path}; returns its id. */
  static String post(Api api, String path, int prompt, String body) {
    ApiResponse posted = api.post(path + "/notes", note(prompt, body));
    assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
    return posted.json().getString("id");
  }

  static ApiResponse dots(Api api, String path, String note, int dots) {
    return api.put(path + "/notes/" + note + "/dots", Payloads.object("dots", dots), null);
  }

  static List<String> bodies(ApiResponse notes) {
    assertThat(notes.status()).as(notes.toString()).isEqualTo(200);
    return notes.array().getValuesAs(JsonObject.class).stream().map(n -> n.getString("body")).toList();
  }

  /** The fields a 400 answer names. */
  static List<String> fields(ApiResponse refused) {
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    return refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
  }

  static List<String> noticeMessages(Person person) {
    return person.api().get("/api/v1/me/notices?size=100").items().getValuesAs(JsonObject.class).stream().map(n -> n.getString("message")).toList();
  }
}

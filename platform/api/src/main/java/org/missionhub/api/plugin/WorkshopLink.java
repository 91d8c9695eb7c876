package org.missionhub.api.plugin;

import java.util.Objects;

/**
 * A cross-organisation workshop as a plugin shows it (contract 1.11.0): its id, title, phase ({@code DRAFT},
 * {@code POSTING}, {@code REVEALED}, {@code BREAKOUT}, {@code VOTING} or {@code CLOSED}) and its page in the web
 * application ({@code workshops/<id>}, relative to the application's root), where it is run and its summary read.
 */
public record WorkshopLink(String id, String title, String phase, String link) {
  public WorkshopLink {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(link, "link");
  }
}

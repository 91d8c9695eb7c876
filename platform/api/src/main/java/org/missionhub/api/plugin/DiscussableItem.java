package org.missionhub.api.plugin;

import java.util.Objects;

/**
 * One of a plugin's items that people discuss (contract 1.10.0), as {@link MissionHubPlugin#discussableItem} names
 * it: what kind of item it is, in every language ("initiative", "initiative", "initiativ"), and its title. The
 * platform writes it in notices ("Anna mentioned you in a comment on the initiative “School counsellors” of the
 * mission “…”").
 */
public record DiscussableItem(LocalizedText kind, String title) {

  public DiscussableItem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
  }
}

package org.missionhub.core.discussion.domain;

import java.util.Objects;

/**
 * What a comment is about: the mission itself, one of its decisions, risks or governance bodies, or one of a plugin's
 * items (contract 1.10.0), named {@code <pluginId>/<type>/<id>}.
 *
 * @param id the item's id; null for the mission itself
 */
public record CommentItem(Kind kind, String id) {

  /** The kinds of items people discuss. */
  public enum Kind {
    MISSION,
    DECISION,
    RISK,
    GOVERNANCE_BODY,
    PLUGIN
  }

  private static final java.util.regex.Pattern PLUGIN_ITEM = java.util.regex.Pattern.compile("([a-z][a-z0-9-]{0,39})/([a-z][a-z0-9-]{0,39})/([A-Za-z0-9._:-]{1,100})");

  public static final CommentItem MISSION = new CommentItem(Kind.MISSION, null);

  public CommentItem {
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.MISSION) != (id == null)) {
      throw new IllegalArgumentException("the mission itself has no item id, every other item has one");
    }
    if (kind == Kind.PLUGIN && !PLUGIN_ITEM.matcher(id).matches()) {
      throw new IllegalArgumentException("a plugin's item is named <pluginId>/<type>/<id>: " + id);
    }
  }

  /** A plugin's item. */
  public static CommentItem plugin(String pluginId, String type, String id) {
    return new CommentItem(Kind.PLUGIN, pluginId + "/" + type + "/" + id);
  }

  /** Whether {@code id} names a plugin's item as {@code <pluginId>/<type>/<id>}. */
  public static boolean isPluginItem(String id) {
    return id != null && PLUGIN_ITEM.matcher(id).matches();
  }

  /** The plugin, the kind of item and its id, for a plugin's item. */
  public String[] pluginParts() {
    if (kind != Kind.PLUGIN) {
      throw new IllegalStateException("not a plugin's item: " + key());
    }
    return id.split("/", 3);
  }

  /** As the API writes it: {@code MISSION}, {@code DECISION:<id>}. */
  public String key() {
    return kind.name() + (id == null ? "" : ":" + id);
  }
}

package org.missionhub.ui.components;

import java.util.Map;
import java.util.function.Function;
import org.missionhub.core.activity.application.ActivityItem;

/** How a change of a mission's activity reads: "Created · Risk", in the reader's language where MissionHub knows the kind. */
public final class ActivityTexts {

  /** The kinds of items MissionHub itself records, by their audit type. */
  private static final Map<String, String> TYPES = Map.of(
      "mission", "activity.type.mission", "risk", "activity.type.risk", "decision", "activity.type.decision", "governance-body", "activity.type.body",
      "comment", "activity.type.comment", "mission-role", "activity.type.role", "mission-partner", "activity.type.partner", "workshop", "activity.type.workshop");

  private ActivityTexts() {}

  /** The change in words; a plugin's kind of item as recorded. */
  public static String describe(ActivityItem item, Function<String, String> translate) {
    String verb = item.action().substring(item.action().lastIndexOf('.') + 1);
    String did = switch (verb) {
      case "created" -> translate.apply("activity.created");
      case "updated" -> translate.apply("activity.updated");
      case "deleted" -> translate.apply("activity.deleted");
      default -> verb;
    };
    String type = TYPES.containsKey(item.entityType()) ? translate.apply(TYPES.get(item.entityType())) : item.entityType();
    return did + " · " + type;
  }

  /** What a change touched; a creation or removal touches everything, which says nothing. */
  public static String attributes(ActivityItem item) {
    return item.action().endsWith(".updated") ? String.join(", ", item.attributes()) : "";
  }
}

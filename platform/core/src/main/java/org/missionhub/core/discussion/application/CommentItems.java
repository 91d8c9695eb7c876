package org.missionhub.core.discussion.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.missionhub.core.discussion.domain.CommentItem;
import org.missionhub.core.governance.domain.Decision;
import org.missionhub.core.governance.domain.GovernanceBody;
import org.missionhub.core.governance.domain.Risk;
import org.missionhub.core.governance.persistence.GovernanceRepository;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.shared.ApplicationException;

/** The items of a mission people discuss, read from how a client names them ({@code RISK:<id>}) and checked to be the mission's. */
@ApplicationScoped
public class CommentItems {

  @Inject GovernanceRepository governance;
  @Inject PluginItems plugins;

  private static final String NAMES = "is MISSION, DECISION:<id>, RISK:<id>, GOVERNANCE_BODY:<id> or PLUGIN:<pluginId>/<type>/<id>";

  /** The item named, which must be the mission's (404 otherwise); the mission itself when none is named. */
  public CommentItem of(Mission mission, String named) {
    if (named == null || named.isBlank() || named.strip().equalsIgnoreCase("MISSION")) {
      return CommentItem.MISSION;
    }
    String[] parts = named.strip().split(":", 2);
    CommentItem.Kind kind;
    try {
      kind = CommentItem.Kind.valueOf(parts[0].toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApplicationException.invalid("item", NAMES);
    }
    if (kind == CommentItem.Kind.MISSION || parts.length < 2 || parts[1].isBlank()
        || (kind == CommentItem.Kind.PLUGIN && !CommentItem.isPluginItem(parts[1].strip()))) {
      throw ApplicationException.invalid("item", NAMES);
    }
    CommentItem item = new CommentItem(kind, parts[1].strip());
    title(mission, item);
    return item;
  }

  /** What people call the item: the mission's title, a decision's or risk's title, a body's name (404 when it is gone). */
  public String title(Mission mission, CommentItem item) {
    return switch (item.kind()) {
      case MISSION -> mission.title();
      case DECISION -> governance.find(Decision.class, mission, item.id()).map(Decision::title).orElseThrow(() -> ApplicationException.notFound("Decision"));
      case RISK -> governance.find(Risk.class, mission, item.id()).map(Risk::title).orElseThrow(() -> ApplicationException.notFound("Risk"));
      case GOVERNANCE_BODY -> governance.find(GovernanceBody.class, mission, item.id()).map(GovernanceBody::name)
          .orElseThrow(() -> ApplicationException.notFound("Governance body"));
      case PLUGIN -> pluginItem(mission, item).title();
    };
  }

  /**
   * A plugin's item as the plugin names it (contract 1.10.0), asked as the caller: 404 when the plugin is not active
   * or not enabled in the caller's organisation, or does not know the item or does not let the caller see it.
   */
  public org.missionhub.api.plugin.DiscussableItem pluginItem(Mission mission, CommentItem item) {
    String[] parts = item.pluginParts();
    return plugins.find(mission, parts[0], parts[1], parts[2]).orElseThrow(() -> ApplicationException.notFound("Item"));
  }
}

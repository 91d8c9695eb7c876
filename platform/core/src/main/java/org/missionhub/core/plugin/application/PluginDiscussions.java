package org.missionhub.core.plugin.application;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.discussion.domain.CommentItem;
import org.missionhub.core.mission.application.MissionAccessGuard;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.discussion.application.CommentItems;
import org.missionhub.core.discussion.application.DiscussionOpener;
import org.missionhub.core.discussion.application.PluginItems;

/**
 * The discussion of plugins' items (contract 1.10.0): naming an item through its plugin, as the caller (for the
 * discussion); and for a plugin's views, the comment counts of its items and their discussion opened in a page.
 */
@ApplicationService
public class PluginDiscussions implements PluginItems {

  @Inject MissionAccessGuard guard;
  @Inject CommentItems items;
  @Inject PluginScopes scopes;
  @Inject Instance<DiscussionOpener> opener;

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  @Override
  public java.util.Optional<org.missionhub.api.plugin.DiscussableItem> find(Mission mission, String pluginId, String type, String id) {
    var scope = scopes.mission(pluginId, mission.id().toString());
    return scopes.active(pluginId).plugin().flatMap(plugin -> plugin.discussableItem(scope, type, id));
  }

  /** How many comments (not deleted) each of the plugin's items of this type has in the mission, by item id. */
  public Map<String, Long> counts(String missionId, String pluginId, String type) {
    Mission mission = guard.access(missionId).mission();
    String prefix = pluginId + "/" + type + "/";
    Map<String, Long> counts = new HashMap<>();
    em.createQuery("SELECT c.itemId, COUNT(c) FROM Comment c WHERE c.mission = :mission AND c.itemKind = :kind AND c.itemId LIKE :prefix ESCAPE '\\'"
            + " AND c.deletedAt IS NULL GROUP BY c.itemId", Object[].class)
        .setParameter("mission", mission)
        .setParameter("kind", CommentItem.Kind.PLUGIN)
        .setParameter("prefix", prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        .getResultList()
        .forEach(row -> counts.put(((String) row[0]).substring(prefix.length()), (Long) row[1]));
    return counts;
  }

  /** Opens the item's discussion over the current page of the web application; {@code closed} runs when it closes. */
  public void open(String missionId, String pluginId, String type, String id, Runnable closed) {
    if (opener.isUnsatisfied()) {
      throw new IllegalStateException("a discussion opens in the web application's pages only");
    }
    Mission mission = guard.access(missionId).mission();
    CommentItem item = CommentItem.plugin(pluginId, type, id);
    String title = items.pluginItem(mission, item).title();
    opener.get().open(missionId, item.key(), title, closed);
  }
}

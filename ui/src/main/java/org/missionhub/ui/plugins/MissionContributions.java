package org.missionhub.ui.plugins;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.missionhub.api.plugin.CoreItem;
import org.missionhub.api.plugin.ItemAction;
import org.missionhub.api.plugin.MissionCard;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.MissionTab;
import org.missionhub.api.plugin.UiContribution;
import org.missionhub.core.plugin.LoadedPlugin;

/**
 * What the organisation's enabled plugins add to one mission's workspace — tabs, overview cards and item
 * actions — each with the plugin's scope for the mission (one per plugin and page), keeping only what the
 * person may see: a contribution naming a permission shows to those who hold it.
 */
public final class MissionContributions {

  private final List<LoadedPlugin> enabled;
  private final Function<String, MissionScope> scopeOf;
  private final Map<String, MissionScope> scopes = new HashMap<>();

  /**
   * @param enabled the plugins the organisation enabled
   * @param scopeOf the scope of a plugin (by id) for this mission and person
   */
  public MissionContributions(List<LoadedPlugin> enabled, Function<String, MissionScope> scopeOf) {
    this.enabled = List.copyOf(enabled);
    this.scopeOf = scopeOf;
  }

  /** One visible contribution, with its plugin and the plugin's scope for the mission. */
  public record Visible<T extends UiContribution>(LoadedPlugin plugin, T contribution, MissionScope scope) {}

  public List<Visible<MissionTab>> tabs() {
    return visible(MissionTab.class, MissionTab::permission);
  }

  public List<Visible<MissionCard>> cards() {
    return visible(MissionCard.class, MissionCard::permission);
  }

  public List<Visible<ItemAction>> actions(CoreItem.Kind kind) {
    return visible(ItemAction.class, ItemAction::permission).stream().filter(v -> v.contribution().on() == kind).toList();
  }

  /** The name of an enabled plugin in the language, if the organisation enabled it (for "proposed by"). */
  public java.util.Optional<String> pluginName(String pluginId, java.util.Locale language) {
    return enabled.stream().filter(p -> p.id().equals(pluginId)).findFirst().flatMap(LoadedPlugin::descriptor).map(d -> d.name().in(language));
  }

  private <T extends UiContribution> List<Visible<T>> visible(Class<T> kind, Function<T, String> permissionOf) {
    return Contributed.of(enabled, kind).stream()
        .map(c -> new Visible<>(c.plugin(), c.contribution(), scope(c.plugin())))
        .filter(v -> permissionOf.apply(v.contribution()) == null || v.scope().can(permissionOf.apply(v.contribution())))
        .toList();
  }

  private MissionScope scope(LoadedPlugin plugin) {
    return scopes.computeIfAbsent(plugin.id(), scopeOf);
  }
}

package org.missionhub.ui.plugins;

import java.util.Comparator;
import java.util.List;
import org.missionhub.api.plugin.UiContribution;
import org.missionhub.core.plugin.LoadedPlugin;

/**
 * One UI contribution of one plugin. The shell lists contributions of a kind across all enabled plugins
 * in their declared order (ties by plugin id, so the order is stable).
 */
public record Contributed<T extends UiContribution>(LoadedPlugin plugin, T contribution) {

  public static <T extends UiContribution> List<Contributed<T>> of(List<LoadedPlugin> plugins, Class<T> kind) {
    return plugins.stream()
        .flatMap(p -> p.ui().stream().filter(kind::isInstance).map(kind::cast).map(c -> new Contributed<>(p, c)))
        .sorted(Comparator.comparingInt((Contributed<T> c) -> c.contribution().order()).thenComparing(c -> c.plugin().id()))
        .toList();
  }
}

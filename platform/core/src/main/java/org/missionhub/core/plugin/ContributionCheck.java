package org.missionhub.core.plugin;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.missionhub.api.event.DomainEvent;
import org.missionhub.api.plugin.FeedDefinition;
import org.missionhub.api.plugin.HealthCheckDefinition;
import org.missionhub.api.plugin.ItemAction;
import org.missionhub.api.plugin.MissionCard;
import org.missionhub.api.plugin.MissionHubPlugin;
import org.missionhub.api.plugin.MissionTab;
import org.missionhub.api.plugin.PermissionDefinition;
import org.missionhub.api.plugin.PlatformPage;
import org.missionhub.api.plugin.SettingDefinition;
import org.missionhub.api.plugin.UiContribution;
import org.missionhub.core.shared.ApplicationException;

/**
 * Reads what an active plugin contributes, once, and checks it: setting keys unique and defaults valid,
 * permissions named after the plugin, UI contributions with unique ids, declared permissions and loadable
 * view classes, a resource bundle that exists with keys named after the plugin. Anything wrong fails the
 * plugin with a message saying what.
 */
final class ContributionCheck {

  private static final Pattern UI_ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  private ContributionCheck() {}

  static LoadedPlugin.Contributions read(LoadedPlugin loaded) throws InvalidContribution {
    MissionHubPlugin plugin = loaded.plugin().orElseThrow();
    List<SettingDefinition> settings = list(plugin.settings(), "settings");
    List<PermissionDefinition> permissions = list(plugin.permissions(), "permissions");
    List<UiContribution> ui = list(plugin.ui(), "ui");
    Optional<String> migrations = plugin.migrations() == null ? Optional.empty() : plugin.migrations();
    unique(settings.stream().map(SettingDefinition::key).toList(), "setting key");
    for (SettingDefinition setting : settings) {
      // (a required setting without a default is fine: the administrator enters it when enabling)
      if (setting.defaultValue() != null) {
        try {
          SettingsValidator.validate(List.of(setting), Map.of(setting.key(), setting.defaultValue()));
        } catch (ApplicationException e) {
          throw new InvalidContribution("the default of its setting " + setting.key() + " is invalid: " + e.getMessage());
        }
      }
    }
    for (PermissionDefinition permission : permissions) {
      if (!permission.id().startsWith(loaded.id() + ".")) {
        throw new InvalidContribution("the permission " + permission.id() + " is not named " + loaded.id() + ".<name>");
      }
    }
    unique(permissions.stream().map(PermissionDefinition::id).toList(), "permission");
    for (UiContribution contribution : ui) {
      if (!UI_ID.matcher(contribution.id()).matches()) {
        throw new InvalidContribution("the UI contribution id " + contribution.id() + " is not lower-case words with hyphens");
      }
      String permission = permissionNeeded(contribution);
      if (permission != null && permissions.stream().noneMatch(p -> p.id().equals(permission))) {
        throw new InvalidContribution("the UI contribution " + contribution.id() + " needs the permission " + permission + ", which the plugin does not declare");
      }
      if (contribution instanceof PlatformPage page && java.util.Arrays.stream(org.missionhub.core.security.PlatformRole.values()).noneMatch(r -> r.name().equals(page.platformRole()))) {
        throw new InvalidContribution("the platform page " + page.id() + " is for the role " + page.platformRole() + ", which is not a platform role");
      }
      try {
        loaded.loadClass(contribution.viewClass());
      } catch (ClassNotFoundException | LinkageError e) {
        throw new InvalidContribution("the view class " + contribution.viewClass() + " of " + contribution.id() + " cannot be loaded");
      }
    }
    unique(ui.stream().map(UiContribution::id).toList(), "UI contribution");
    List<Class<? extends DomainEvent>> events = list(plugin.events(), "events");
    for (Class<? extends DomainEvent> type : events) {
      if (type.getPackageName().equals(DomainEvent.class.getPackageName()) || type.isInterface()) {
        throw new InvalidContribution("the event type " + type.getName() + " is not one of its own classes");
      }
    }
    unique(events.stream().map(Class::getName).toList(), "event type");
    List<HealthCheckDefinition> healthChecks = list(plugin.healthChecks(), "healthChecks");
    for (HealthCheckDefinition check : healthChecks) {
      if (!check.id().startsWith(loaded.id() + ".")) {
        throw new InvalidContribution("the health check " + check.id() + " is not named " + loaded.id() + ".<name>");
      }
    }
    unique(healthChecks.stream().map(HealthCheckDefinition::id).toList(), "health check");
    List<FeedDefinition> feeds = list(plugin.feeds(), "feeds");
    unique(feeds.stream().map(FeedDefinition::id).toList(), "feed");
    Optional<PluginMessages> messages;
    try {
      messages = plugin.messages() == null ? Optional.empty() : plugin.messages().map(base -> PluginMessages.of(loaded.id(), base, loaded.loader()));
    } catch (IllegalArgumentException e) {
      throw new InvalidContribution(e.getMessage());
    }
    return new LoadedPlugin.Contributions(settings, permissions, ui, migrations, events, healthChecks, feeds, messages);
  }

  private static String permissionNeeded(UiContribution contribution) {
    if (contribution instanceof MissionTab tab) {
      return tab.permission();
    }
    if (contribution instanceof MissionCard card) {
      return card.permission();
    }
    return contribution instanceof ItemAction action ? action.permission() : null;
  }

  private static <T> List<T> list(List<T> items, String what) throws InvalidContribution {
    // (immutable lists refuse contains(null), hence the stream)
    if (items == null || items.stream().anyMatch(java.util.Objects::isNull)) {
      throw new InvalidContribution("its " + what + " list is null or holds null");
    }
    return List.copyOf(items);
  }

  private static void unique(List<String> ids, String what) throws InvalidContribution {
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      if (!seen.add(id)) {
        throw new InvalidContribution("the " + what + " " + id + " is declared twice");
      }
    }
  }

  /** A contribution the platform cannot accept. */
  static final class InvalidContribution extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidContribution(String message) {
      super(message);
    }
  }
}

package org.missionhub.plugin.testing;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.missionhub.api.mission.MissionRole;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.api.plugin.PermissionDefinition;
import org.missionhub.api.plugin.PluginContext;
import org.missionhub.api.plugin.PluginDescriptor;

/** The test plugins, one nested class each (each is listed in META-INF/services). */
public final class Plugins {

  private Plugins() {}

  /** Requires a plugin nobody installed: refused. */
  public static class NeedsMissing extends TestPlugin {
    @Override
    public PluginDescriptor descriptor() {
      return descriptor("needs-missing").requires("not-installed", "1.0.0").build();
    }
  }

  /** Built for a contract version the platform does not have: refused, and its migrations never run. */
  public static class FutureApi extends TestPlugin {
    @Override
    public PluginDescriptor descriptor() {
      return descriptor("future-api").apiVersions("[2.0.0,3.0.0)").build();
    }

    @Override
    public Optional<String> migrations() {
      return Optional.of("db/migration/future-api");
    }
  }

  /** Throws in start: failed. */
  public static class ThrowsOnStart extends TestPlugin {
    @Override
    public PluginDescriptor descriptor() {
      return descriptor("throws-on-start").build();
    }

    @Override
    public void start(PluginContext context) {
      throw new IllegalStateException("broken on purpose");
    }
  }

  /** Needs the plugin that throws: failed as well. */
  public static class NeedsThrower extends TestPlugin {
    @Override
    public PluginDescriptor descriptor() {
      return descriptor("needs-thrower").requires("throws-on-start", "1.0.0").build();
    }
  }

  /** Never finishes starting: failed after the time limit. */
  public static class HangsOnStart extends TestPlugin {
    @Override
    public PluginDescriptor descriptor() {
      return descriptor("hangs-on-start").build();
    }

    @Override
    public void start(PluginContext context) throws InterruptedException {
      Thread.sleep(600_000);
    }
  }

  /** Two plugins claiming one id: both refused. */
  public static class TwinOne extends TestPlugin {
    @Override
    public PluginDescriptor descriptor() {
      return descriptor("twin").build();
    }
  }

  /** See {@link TwinOne}. */
  public static class TwinTwo extends TestPlugin {
    @Override
    public PluginDescriptor descriptor() {
      return descriptor("twin").version("1.1.0").build();
    }
  }

  /** Requires cycle-b, which requires it: both refused. */
  public static class CycleA extends TestPlugin {
    @Override
    public PluginDescriptor descriptor() {
      return descriptor("cycle-a").requires("cycle-b", "1.0.0").build();
    }
  }

  /** See {@link CycleA}. */
  public static class CycleB extends TestPlugin {
    @Override
    public PluginDescriptor descriptor() {
      return descriptor("cycle-b").requires("cycle-a", "1.0.0").build();
    }
  }

  /** Declares a permission that is not named after it: failed. */
  public static class BadPermission extends TestPlugin {
    @Override
    public PluginDescriptor descriptor() {
      return descriptor("bad-permission").build();
    }

    @Override
    public List<PermissionDefinition> permissions() {
      return List.of(new PermissionDefinition("notes.write", LocalizedText.of("en", "steals another plugin's name"), Set.of(MissionRole.LEADER)));
    }
  }

  /** Takes an id the platform's API uses: refused. */
  public static class ReservedId extends TestPlugin {
    @Override
    public PluginDescriptor descriptor() {
      return descriptor("partners").build();
    }
  }

  /** Cannot even be created: refused. */
  public static class ThrowsInConstructor extends TestPlugin {
    public ThrowsInConstructor() {
      throw new IllegalStateException("cannot be created, on purpose");
    }

    @Override
    public PluginDescriptor descriptor() {
      return descriptor("never-created").build();
    }
  }

  /** Its resource bundle has a key of another plugin's name: failed. */
  public static class BadMessages extends TestPlugin {
    @Override
    public PluginDescriptor descriptor() {
      return descriptor("bad-messages").build();
    }

    @Override
    public Optional<String> messages() {
      return Optional.of("org/missionhub/plugin/testing/bad-messages");
    }
  }

  /** Names a resource bundle its jar does not have: failed. */
  public static class MissingMessages extends TestPlugin {
    @Override
    public PluginDescriptor descriptor() {
      return descriptor("missing-messages").build();
    }

    @Override
    public Optional<String> messages() {
      return Optional.of("org/missionhub/plugin/testing/not-there");
    }
  }
}

package org.missionhub.core.plugin.domain;

import static org.missionhub.core.shared.JsonSupport.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.missionhub.core.tenancy.TenantScopedEntity;

/**
 * Whether an organisation enabled a plugin, and its settings for it (as entered, validated against the
 * plugin's definitions before they get here). Organisation-private; changes are audited like any other.
 */
@Entity
@Table(name = "plugin_enablement")
public class PluginEnablement extends TenantScopedEntity {

  @Id
  @Column(name = "plugin_id", length = 40)
  private String pluginId;

  @Column(nullable = false)
  private boolean enabled;

  @Column(nullable = false, length = 8000)
  private String settings;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by", nullable = false, length = 255)
  private String updatedBy;

  @Version private long version;

  protected PluginEnablement() {}

  public PluginEnablement(String pluginId, String by, OffsetDateTime now) {
    this.pluginId = Objects.requireNonNull(pluginId, "pluginId");
    this.settings = "{}";
    this.updatedBy = Objects.requireNonNull(by, "by");
    this.updatedAt = Objects.requireNonNull(now, "now");
  }

  public void change(boolean enabledNow, Map<String, String> settingsNow, String by, OffsetDateTime now) {
    this.enabled = enabledNow;
    JsonObjectBuilder json = JSON.createObjectBuilder();
    settingsNow.forEach(json::add);
    this.settings = json.build().toString();
    this.updatedBy = by;
    this.updatedAt = now;
  }

  public String pluginId() {
    return pluginId;
  }

  public boolean isEnabled() {
    return enabled;
  }

  /** The settings as entered (the plugin's defaults are not stored). */
  public Map<String, String> settings() {
    Map<String, String> values = new LinkedHashMap<>();
    try (var reader = JSON.createReader(new StringReader(settings))) {
      JsonObject object = reader.readObject();
      object.forEach((key, value) -> values.put(key, ((JsonString) value).getString()));
    }
    return values;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public long version() {
    return version;
  }

  @Override
  protected String auditType() {
    return "plugin_enablement";
  }

  @Override
  protected String auditId() {
    return pluginId;
  }

  @Override
  protected Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("enabled", enabled);
    state.put("settings", settings);
    return state;
  }
}

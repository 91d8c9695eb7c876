package org.missionhub.core.plugin.application;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.missionhub.api.governance.DecisionDraft;
import org.missionhub.api.governance.DecisionFacts;
import org.missionhub.api.mission.MissionFacts;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.mission.MissionOrganisation;
import org.missionhub.api.mission.MissionPerson;
import org.missionhub.api.mission.MissionRole;
import org.missionhub.api.organisation.OrganisationFacts;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.AuditRecord;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.OrganisationScope;
import org.missionhub.api.plugin.PermissionDefinition;
import org.missionhub.api.plugin.PersonRef;
import org.missionhub.api.plugin.PlatformScope;
import org.missionhub.api.plugin.PublicScope;
import org.missionhub.api.plugin.PluginDatabase;
import org.missionhub.api.plugin.PluginSettings;
import org.missionhub.api.plugin.Workshops;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.audit.PluginAuditLog;
import org.missionhub.core.mission.application.MissionAccess;
import org.missionhub.core.mission.application.MissionAccessGuard;
import org.missionhub.core.governance.application.DecisionService;
import org.missionhub.core.governance.domain.DecisionRecord;
import org.missionhub.core.plugin.LoadedPlugin;
import org.missionhub.core.plugin.PluginEnablements;
import org.missionhub.core.plugin.PluginRuntime;
import org.missionhub.core.security.Caller;
import org.missionhub.core.security.OrganisationContext;
import org.missionhub.core.security.PlatformRole;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.ApplicationException;

/**
 * What a plugin is told about a request, built by the platform from the verified caller, the organisation
 * context and the one mission access check: a plugin that is not active, or not enabled in the
 * organisation, is "not found" — exactly like a mission the organisation cannot see.
 */
@ApplicationService
public class PluginScopes {

  @Inject RequestContext request;
  @Inject PluginRuntime runtime;
  @Inject PluginEnablements enablements;
  @Inject MissionAccessGuard guard;
  @Inject PluginFacts facts;
  @Inject PluginAuditLog auditLog;
  @Inject DecisionService decisionLog;
  @Inject PluginDiscussions discussions;
  @Inject PluginWorkshops workshops;

  /**
   * The scope of a request no one signed in for (contract 1.14.0): nothing but the public page's parameter,
   * so that a plugin's public code cannot reach a caller, an organisation or its settings.
   */
  public static PublicScope publicScope(Optional<String> parameter) {
    Objects.requireNonNull(parameter, "parameter");
    return () -> parameter;
  }

  public OrganisationScope organisation(String pluginId) {
    LoadedPlugin plugin = active(pluginId);
    OrganisationContext organisation = request.requireOrganisation();
    return new Organisation(
        organisation, person(request.caller()), enabled(plugin, organisation.id()), facts, plugin.database().forOrganisation(organisation.id()), auditor(plugin, organisation),
        workshops.of(plugin.id()));
  }

  public MissionScope mission(String pluginId, String missionId) {
    LoadedPlugin plugin = active(pluginId);
    OrganisationContext organisation = request.requireOrganisation();
    PluginSettings settings = enabled(plugin, organisation.id());
    MissionAccess access = guard.access(missionId);
    return new Mission(
        new Organisation(organisation, person(request.caller()), settings, facts, plugin.database().forOrganisation(organisation.id()), auditor(plugin, organisation),
            workshops.of(plugin.id())),
        access.mission(),
        PluginFacts.facts(access.mission()),
        access.isLead(),
        Set.copyOf(access.roles()),
        plugin.permissions().stream()
            .filter(p -> p.roles().stream().anyMatch(access.roles()::contains))
            .map(PermissionDefinition::id)
            .collect(java.util.stream.Collectors.toUnmodifiableSet()),
        draft -> decisionLog.record(missionId, new DecisionRecord(draft.title(), draft.rationale(), draft.decidedOn(), draft.decidedBy(), draft.status(), null)).id(),
        new org.missionhub.api.plugin.Discussions() {
          @Override
          public java.util.Map<String, Long> counts(String type) {
            return discussions.counts(missionId, pluginId, type);
          }

          @Override
          public void open(String type, String id, Runnable closed) {
            discussions.open(missionId, pluginId, type, id, closed);
          }
        });
  }

  public PlatformScope platform(String pluginId) {
    active(pluginId);
    Caller caller = request.caller();
    PersonRef person = person(caller);
    Set<String> roles = caller.platformRoles().stream().map(PlatformRole::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
    Workshops workshopsOfPlugin = workshops.of(pluginId);
    return new PlatformScope() {
      @Override
      public PersonRef caller() {
        return person;
      }

      @Override
      public boolean hasRole(String platformRole) {
        return roles.contains(platformRole);
      }

      @Override
      public List<OrganisationFacts> activeOrganisations() {
        return facts.activeOrganisations();
      }

      @Override
      public List<MissionFacts> currentMissions() {
        return facts.currentPlatformMissions();
      }

      @Override
      public void audit(AuditRecord record) {
        auditLog.recordForPlatform(pluginId, PluginAuditLog.Actor.of(caller), record);
      }

      @Override
      public Workshops workshops() {
        return workshopsOfPlugin;
      }
    };
  }

  /** The plugin, if active; enablement is checked per organisation by the scope methods. */
  public LoadedPlugin active(String pluginId) {
    return runtime.activePlugin(pluginId).orElseThrow(() -> ApplicationException.notFound("Resource"));
  }

  private PluginSettings enabled(LoadedPlugin plugin, OrganisationId organisation) {
    return enablements.settingsIfEnabled(organisation, plugin).orElseThrow(() -> ApplicationException.notFound("Resource"));
  }

  /** Writes a plugin's audit records into the organisation's log, as the caller or anonymously. */
  @FunctionalInterface
  private interface Auditor {
    void audit(Optional<MissionId> mission, AuditRecord record, boolean anonymous);
  }

  private Auditor auditor(LoadedPlugin plugin, OrganisationContext organisation) {
    PluginAuditLog.Actor caller = PluginAuditLog.Actor.of(request.caller());
    return (mission, record, anonymous) ->
        auditLog.record(plugin.id(), organisation.id(), mission, anonymous ? PluginAuditLog.Actor.ANONYMOUS : caller, record);
  }

  private static PersonRef person(Caller caller) {
    return new PersonRef(caller.subject(), caller.displayName());
  }

  private record Organisation(
      OrganisationContext context, PersonRef caller, PluginSettings settings, PluginFacts facts, PluginDatabase database, Auditor auditor,
      Workshops workshops)
      implements OrganisationScope {
    @Override
    public void audit(AuditRecord record) {
      auditor.audit(Optional.empty(), record, false);
    }

    @Override
    public void auditAnonymously(AuditRecord record) {
      auditor.audit(Optional.empty(), record, true);
    }

    @Override
    public OrganisationId organisationId() {
      return context.id();
    }

    @Override
    public String organisationSlug() {
      return context.slug();
    }

    @Override
    public boolean isOrganisationAdmin() {
      return context.isAdmin();
    }

    @Override
    public OrganisationFacts organisation() {
      return facts.organisation(context.id());
    }

    @Override
    public List<MissionFacts> callerMissions() {
      return facts.callerMissions(context.id(), caller.subject());
    }

    @Override
    public List<MissionFacts> missions() {
      return facts.missions(context.id());
    }
  }

  /** A mission scope; what it reads of the mission beyond its facts is read when asked, in the request's transaction. */
  private record Mission(
      Organisation parent,
      org.missionhub.core.mission.domain.Mission entity,
      MissionFacts mission,
      boolean isLead,
      Set<MissionRole> roles,
      Set<String> granted,
      Function<DecisionDraft, String> decisionLog,
      org.missionhub.api.plugin.Discussions discussions)
      implements MissionScope {
    @Override
    public String recordDecision(DecisionDraft draft) {
      return decisionLog.apply(draft);
    }

    @Override
    public Optional<String> targetStatement() {
      return Optional.ofNullable(entity.targetStatement());
    }

    @Override
    public List<MissionOrganisation> organisations() {
      return parent.facts().organisations(entity);
    }

    @Override
    public List<MissionPerson> people() {
      return parent.facts().people(entity);
    }

    @Override
    public List<DecisionFacts> decisions() {
      return parent.facts().decisions(entity);
    }

    @Override
    public MissionId missionId() {
      return mission.id();
    }

    @Override
    public OrganisationFacts organisation() {
      return parent.organisation();
    }

    @Override
    public List<MissionFacts> callerMissions() {
      return parent.callerMissions();
    }

    @Override
    public List<MissionFacts> missions() {
      return parent.missions();
    }

    @Override
    public OrganisationId organisationId() {
      return parent.organisationId();
    }

    @Override
    public Workshops workshops() {
      return parent.workshops();
    }

    @Override
    public String organisationSlug() {
      return parent.organisationSlug();
    }

    @Override
    public PersonRef caller() {
      return parent.caller();
    }

    @Override
    public boolean isOrganisationAdmin() {
      return parent.isOrganisationAdmin();
    }

    @Override
    public PluginSettings settings() {
      return parent.settings();
    }

    @Override
    public PluginDatabase database() {
      return parent.database();
    }

    @Override
    public void audit(AuditRecord record) {
      parent.auditor().audit(Optional.of(missionId()), record, false);
    }

    /** Not even the mission: an anonymous response keeps none either. */
    @Override
    public void auditAnonymously(AuditRecord record) {
      parent.auditor().audit(Optional.empty(), record, true);
    }

    @Override
    public boolean can(String permissionId) {
      return granted.contains(permissionId);
    }
  }
}

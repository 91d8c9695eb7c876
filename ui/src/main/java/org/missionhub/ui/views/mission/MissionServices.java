package org.missionhub.ui.views.mission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.missionhub.core.discussion.application.CommentService;
import org.missionhub.core.governance.application.DecisionService;
import org.missionhub.core.governance.application.GovernanceBodyService;
import org.missionhub.core.governance.application.RiskService;
import org.missionhub.core.mission.application.MissionRoleService;
import org.missionhub.core.mission.application.MissionService;
import org.missionhub.core.mission.application.PartnerService;
import org.missionhub.core.organisation.application.OrganisationDirectory;
import org.missionhub.core.plugin.application.OrganisationPluginService;
import org.missionhub.core.plugin.application.PluginScopes;
import org.missionhub.ui.components.FieldRules;

/**
 * The application services a mission workspace calls (the same ones the REST API calls), handed to its
 * tabs as one parameter.
 */
@ApplicationScoped
public class MissionServices {

  @Inject MissionService missions;
  @Inject PartnerService partners;
  @Inject MissionRoleService roles;
  @Inject DecisionService decisions;
  @Inject RiskService risks;
  @Inject GovernanceBodyService bodies;
  @Inject OrganisationDirectory directory;
  @Inject FieldRules rules;
  @Inject OrganisationPluginService plugins;
  @Inject PluginScopes pluginScopes;
  @Inject CommentService comments;
  @Inject org.missionhub.core.workshop.application.WorkshopService workshops;
  @Inject org.missionhub.core.activity.application.MissionActivity activity;

  public MissionService missions() {
    return missions;
  }

  public PartnerService partners() {
    return partners;
  }

  public MissionRoleService roles() {
    return roles;
  }

  public DecisionService decisions() {
    return decisions;
  }

  public RiskService risks() {
    return risks;
  }

  public GovernanceBodyService bodies() {
    return bodies;
  }

  public OrganisationDirectory directory() {
    return directory;
  }

  public FieldRules rules() {
    return rules;
  }

  public OrganisationPluginService plugins() {
    return plugins;
  }

  public org.missionhub.core.activity.application.MissionActivity activity() {
    return activity;
  }

  public org.missionhub.core.workshop.application.WorkshopService workshops() {
    return workshops;
  }

  public CommentService comments() {
    return comments;
  }

  public PluginScopes pluginScopes() {
    return pluginScopes;
  }
}

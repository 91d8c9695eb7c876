package org.missionhub.plugin.roadmap.service;

import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.roadmap.model.Initiative;

/**
 * Who may change what (the permissions): the mission's leaders and coordinators manage the whole
 * roadmap; implementers change the initiatives their own organisation owns and their milestones; everyone
 * who sees the mission reads it.
 */
public final class Access {

  /** Manage objectives, every initiative, dependencies and reviews. */
  public static final String MANAGE = "roadmap.manage";

  /** Change the initiatives one's organisation owns (status, RAG, dates, milestones). */
  public static final String EDIT_OWN = "roadmap.edit-own";

  private final MissionScope scope;

  public Access(MissionScope scope) {
    this.scope = scope;
  }

  public boolean manages() {
    return scope.can(MANAGE);
  }

  public void requireManage() {
    scope.require(MANAGE);
  }

  /** May the caller change this initiative (and its milestones)? */
  public boolean mayEdit(Initiative initiative) {
    return manages() || (scope.can(EDIT_OWN) && initiative.ownedBy(scope.organisationId().toString()));
  }

  public void requireEdit(Initiative initiative) {
    if (!mayEdit(initiative)) {
      throw PluginProblem.forbidden("Only the mission's leaders and coordinators, or implementers of the organisation that owns it, change this initiative");
    }
  }

  /** May the caller add an initiative owned by {@code owner} (an organisation id)? */
  public void requireCreateFor(String owner) {
    if (!manages() && !(scope.can(EDIT_OWN) && owner.equals(scope.organisationId().toString()))) {
      throw PluginProblem.forbidden("Only the mission's leaders and coordinators add initiatives for other organisations");
    }
  }
}

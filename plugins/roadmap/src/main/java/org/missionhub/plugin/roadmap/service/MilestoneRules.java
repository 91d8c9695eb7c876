package org.missionhub.plugin.roadmap.service;

import java.time.LocalDate;
import org.missionhub.plugin.roadmap.model.Initiative;
import org.missionhub.plugin.roadmap.model.Milestone;
import org.missionhub.plugin.roadmap.model.MilestoneState;
import org.missionhub.plugin.roadmap.model.Portfolio;
import org.missionhub.plugin.roadmap.service.Forms.MilestoneForm;

/**
 * Turns a form into a milestone of the mission, or refuses it naming every wrong field: the initiative is
 * the mission's, the title and date are given, the owner is an organisation co-managing the mission (the
 * initiative's owner, or the given default, when none is named). Who may add it is {@link Access}'s question.
 */
final class MilestoneRules {

  private final MissionMembers members;
  private final Portfolio portfolio;

  MilestoneRules(MissionMembers members, Portfolio portfolio) {
    this.members = members;
    this.portfolio = portfolio;
  }

  Milestone read(String id, String missionId, MilestoneForm form, String defaultOwner, long revision) {
    FieldReader in = new FieldReader();
    String initiativeId = form == null || form.initiative() == null || form.initiative().isBlank() ? null : form.initiative().strip();
    Initiative initiative = null;
    if (initiativeId != null) {
      initiative = portfolio.initiative(initiativeId).orElse(null);
      if (initiative == null) {
        in.problem("initiative", "is not an initiative of this mission");
      }
    }
    String title = in.text("title", form == null ? null : form.title(), 200, true);
    LocalDate due = in.date("due", form == null ? null : form.due(), true);
    MilestoneState state = in.choice("state", form == null ? null : form.state(), MilestoneState.class, MilestoneState.PLANNED);
    String owner = initiative != null ? initiative.owner() : defaultOwner;
    if (form != null && form.owner() != null && !form.owner().isBlank()) {
      owner = members.organisation(form.owner().strip()).map(o -> o.id().toString()).orElse(null);
      if (owner == null) {
        in.problem("owner", "must be the lead or an accepted partner of the mission: " + members.slugs());
      }
    }
    in.check();
    return new Milestone(id, missionId, initiativeId, title, due, owner, state, revision);
  }
}

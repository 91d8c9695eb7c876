package org.missionhub.core.plugin.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.missionhub.api.plugin.WorkshopDraft;
import org.missionhub.api.plugin.WorkshopLink;
import org.missionhub.api.plugin.Workshops;
import org.missionhub.core.workshop.application.WorkshopInvitations;
import org.missionhub.core.workshop.application.WorkshopService;
import org.missionhub.core.workshop.domain.Workshop;
import org.missionhub.core.workshop.domain.WorkshopPlan;

/**
 * The platform's cross-organisation workshops as a plugin reaches them (contract 1.11.0): prepared about one of its
 * items, listed by item. Who may do what is the workshop service's own check, made for the request's caller.
 */
@ApplicationScoped
public class PluginWorkshops {

  /** Dots and group size of a workshop a plugin prepares: the seed's workshop's; the analyst changes them in its room. */
  static final int DOTS = 3;
  static final int GROUP_SIZE = 4;

  @Inject WorkshopService workshops;

  /** The workshops about the items of {@code pluginId}. */
  Workshops of(String pluginId) {
    return new Workshops() {
      @Override
      public WorkshopLink prepare(WorkshopDraft draft) {
        WorkshopPlan plan = new WorkshopPlan(draft.title(), draft.prompts(), false, DOTS, GROUP_SIZE, null);
        return link(workshops.createAbout(pluginId, draft.item(), plan, draft.organisations()));
      }

      @Override
      public List<WorkshopLink> about(String item) {
        return workshops.about(pluginId, item).stream().map(PluginWorkshops::link).toList();
      }
    };
  }

  private static WorkshopLink link(Workshop workshop) {
    return new WorkshopLink(workshop.id(), workshop.title(), workshop.phase().name(), WorkshopInvitations.link(workshop));
  }
}

package org.missionhub.core.mission.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.missionhub.api.event.DomainEvent;
import org.missionhub.api.event.PartnerInvited;
import org.missionhub.api.event.PartnerJoined;
import org.missionhub.api.event.PartnerLeft;
import org.missionhub.api.mission.MissionId;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.mission.domain.MissionPartner;
import org.missionhub.core.mission.persistence.PartnerRepository;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.persistence.OrganisationRepository;
import org.missionhub.core.security.MissionPermission;
import org.missionhub.core.security.OrganisationContext;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.Page;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.core.shared.TimeSource;

/**
 * Partner organisations of a mission. The lead's LEADERs invite and remove partners; an invited
 * organisation's ORG_ADMIN accepts or declines; an accepted partner's ORG_ADMIN can leave. When a partner
 * goes, the mission roles its people held through it go too, and a mission must keep a LEADER.
 */
@ApplicationService
public class PartnerService {

  @Inject RequestContext request;
  @Inject MissionAccessGuard guard;
  @Inject PartnerRepository partners;
  @Inject OrganisationRepository organisations;
  @Inject MissionRoleService missionRoles;
  @Inject TimeSource time;
  @Inject Event<DomainEvent> events;

  public Page<MissionPartner> list(String missionId, PageRequest page) {
    return partners.list(guard.access(missionId).mission(), page);
  }

  public MissionPartner get(String missionId, String partnerSlug) {
    Mission mission = guard.access(missionId).mission();
    return partnerOf(mission, partnerSlug);
  }

  public MissionPartner invite(String missionId, @NotNull @Valid PartnerInvitation invitation) {
    MissionAccess access = guard.require(missionId, MissionPermission.MANAGE_PARTNERS);
    requireLead(access, "invite partners");
    Mission mission = access.mission();
    mission.requireEditable();
    Organisation invited =
        organisations
            .findBySlug(invitation.organisation())
            .filter(Organisation::isActive)
            .orElseThrow(() -> ApplicationException.invalid("organisation", "no active organisation has this slug"));
    String by = request.caller().subject();
    var now = time.now();
    events.fire(new PartnerInvited(invited.id(), mission.id(), now));
    return partners
        .find(mission, invited.id())
        .map(
            existing -> {
              existing.reinvite(by, now);
              return existing;
            })
        .orElseGet(
            () -> {
              MissionPartner partner = new MissionPartner(mission, invited, by, now);
              partners.add(partner);
              return partner;
            });
  }

  /**
   * Ends a partnership: a partner deleting its own partnership leaves the mission; otherwise the lead
   * removes the partner (or withdraws its invitation).
   */
  public void end(String missionId, String partnerSlug, long expectedVersion) {
    if (partnerSlug.equals(request.requireOrganisation().slug())) {
      leave(missionId, expectedVersion);
    } else {
      remove(missionId, partnerSlug, expectedVersion);
    }
  }

  /** The lead removes a partner (or withdraws an open invitation). */
  public void remove(String missionId, String partnerSlug, long expectedVersion) {
    MissionAccess access = guard.require(missionId, MissionPermission.MANAGE_PARTNERS);
    requireLead(access, "remove partners");
    access.mission().requireEditable();
    MissionPartner partner = partnerOf(access.mission(), partnerSlug);
    requireVersion(partner, expectedVersion);
    boolean wasAccepted = partner.isAccepted();
    partner.end(true, time.now());
    missionRoles.endRolesHeldThrough(access.mission(), partner.organisation().id());
    if (wasAccepted) {
      events.fire(new PartnerLeft(partner.organisation().id(), access.mission().id(), true, time.now()));
    }
  }

  /** The current organisation (an accepted partner) leaves the mission. */
  public void leave(String missionId, long expectedVersion) {
    OrganisationContext organisation = requireOrganisationAdmin("leave a mission");
    MissionAccess access = guard.access(missionId);
    if (access.isLead()) {
      throw ApplicationException.conflict("The lead organisation cannot leave its own mission; archive it instead");
    }
    MissionPartner partner =
        partners.find(access.mission(), organisation.id()).orElseThrow(() -> ApplicationException.notFound("Mission"));
    requireVersion(partner, expectedVersion);
    partner.end(false, time.now());
    missionRoles.endRolesHeldThrough(access.mission(), organisation.id());
    events.fire(new PartnerLeft(organisation.id(), access.mission().id(), false, time.now()));
  }

  /** Open invitations addressed to the current organisation (any member may see them). */
  public Page<MissionPartner> invitations(PageRequest page) {
    return partners.invitationsFor(request.requireOrganisation().id(), page);
  }

  public MissionPartner invitation(String missionId) {
    return openInvitation(missionId);
  }

  public MissionPartner accept(String missionId, long expectedVersion) {
    requireOrganisationAdmin("accept an invitation");
    MissionPartner partner = openInvitation(missionId);
    requireVersion(partner, expectedVersion);
    partner.mission().requireEditable();
    partner.accept(time.now());
    events.fire(new PartnerJoined(partner.organisation().id(), partner.mission().id(), time.now()));
    return partner;
  }

  public MissionPartner decline(String missionId, long expectedVersion) {
    requireOrganisationAdmin("decline an invitation");
    MissionPartner partner = openInvitation(missionId);
    requireVersion(partner, expectedVersion);
    partner.decline(time.now());
    return partner;
  }

  private MissionPartner openInvitation(String missionId) {
    OrganisationContext organisation = request.requireOrganisation();
    MissionId id;
    try {
      id = MissionId.of(missionId);
    } catch (IllegalArgumentException e) {
      throw ApplicationException.notFound("Invitation");
    }
    return partners.findInvitation(id, organisation.id()).orElseThrow(() -> ApplicationException.notFound("Invitation"));
  }

  private MissionPartner partnerOf(Mission mission, String partnerSlug) {
    return organisations
        .findBySlug(partnerSlug)
        .flatMap(o -> partners.find(mission, o.id()))
        .orElseThrow(() -> ApplicationException.notFound("Partner"));
  }

  private OrganisationContext requireOrganisationAdmin(String what) {
    OrganisationContext organisation = request.requireOrganisation();
    if (!organisation.isAdmin()) {
      throw ApplicationException.forbidden("Only an organisation administrator can " + what);
    }
    return organisation;
  }

  private static void requireLead(MissionAccess access, String what) {
    if (!access.isLead()) {
      throw ApplicationException.forbidden("Only the lead organisation can " + what);
    }
  }

  private static void requireVersion(MissionPartner partner, long expectedVersion) {
    if (partner.version() != expectedVersion) {
      throw ApplicationException.staleVersion("This partnership");
    }
  }
}

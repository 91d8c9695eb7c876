package org.missionhub.core.startup;

import static org.missionhub.core.startup.DemoPeople.ANNA;
import static org.missionhub.core.startup.DemoPeople.CAMILLE;
import static org.missionhub.core.startup.DemoPeople.FOUNDATION;
import static org.missionhub.core.startup.DemoPeople.INES;
import static org.missionhub.core.startup.DemoPeople.JONAS;
import static org.missionhub.core.startup.DemoPeople.LUCAS;
import static org.missionhub.core.startup.DemoPeople.MIKKEL;
import static org.missionhub.core.startup.DemoPeople.MINISTRY;
import static org.missionhub.core.startup.DemoPeople.MUNICIPALITY;
import static org.missionhub.core.startup.DemoPeople.NGO;
import static org.missionhub.core.startup.DemoPeople.OECD;
import static org.missionhub.core.startup.DemoPeople.OLIVER;
import static org.missionhub.core.startup.DemoPeople.SOFIE;
import static org.missionhub.core.startup.DemoPeople.caller;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.missionhub.core.security.PlatformRole;
import org.missionhub.core.workshop.application.WorkshopHost;
import org.missionhub.core.workshop.application.WorkshopService;
import org.missionhub.core.workshop.domain.Workshop;
import org.missionhub.core.workshop.domain.WorkshopPhase;
import org.missionhub.core.workshop.domain.WorkshopPlan;
import org.missionhub.api.organisation.OrganisationRole;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.api.organisation.Sector;
import org.missionhub.core.organisation.application.MembershipService;
import org.missionhub.core.organisation.application.OrganisationProfile;
import org.missionhub.core.organisation.application.OrganisationProfileService;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.application.NewMember;
import org.missionhub.core.organisation.application.NewOrganisation;
import org.missionhub.core.organisation.application.PersonDetails;
import org.missionhub.core.organisation.application.PlatformOrganisationService;
import org.missionhub.core.organisation.persistence.OrganisationRepository;
import org.missionhub.core.security.Caller;

/**
 * The demo data: four organisations (a national ministry, a municipality, an NGO, a foundation), the OECD
 * team that runs benchmarking (with a cross-organisation workshop open for the others' people), and the three
 * missions of the OECD / Danish Design Centre workshop with
 * partners, roles, decisions and the risks practitioners named most. Everything goes through the
 * application services, as the people themselves would do it. The people are the users of the development
 * Keycloak realm (infra/keycloak/realm), which already holds the same organisations and memberships.
 */
@ApplicationScoped
public class DemoData {

  @Inject CallerScope actor;
  @Inject PlatformOrganisationService platform;
  @Inject MembershipService memberships;
  @Inject OrganisationProfileService profiles;
  @Inject OrganisationRepository organisations;
  @Inject DemoMissions missions;
  @Inject WorkshopService workshops;
  @Inject Event<DemoEvents.OrganisationReady> organisationReady;
  @Inject Event<DemoEvents.PlatformReady> platformReady;

  /** Returns false if the demo organisations already exist. */
  public boolean loadIfAbsent() {
    Caller system = Caller.system("demo-data");
    boolean present = actor.as(system, null, () -> organisations.slugTaken(MINISTRY));
    if (present) {
      return false;
    }
    organisation(MINISTRY, "Ministry of Social Affairs", OrganisationType.NATIONAL_GOVERNMENT, "DK", "ministry.example", ANNA);
    organisation(MUNICIPALITY, "Nordby Municipality", OrganisationType.LOCAL_GOVERNMENT, "DK", "nordby.example", SOFIE);
    organisation(NGO, "Youth Minds", OrganisationType.NGO, "FR", "youthminds.example", CAMILLE);
    organisation(FOUNDATION, "Green Futures Foundation", OrganisationType.FOUNDATION, "GB", "greenfutures.example", OLIVER);
    organisation(OECD, "OECD Mission Action Lab", OrganisationType.INTERNATIONAL_ORGANISATION, "FR", "oecd-lab.example", INES);
    // what each works in, for the survey's breakdown by sector (NACE section or COFOG division)
    sector(ANNA, MINISTRY, Sector.COFOG_10);
    sector(SOFIE, MUNICIPALITY, Sector.COFOG_01);
    sector(CAMILLE, NGO, Sector.NACE_Q);
    sector(OLIVER, FOUNDATION, Sector.NACE_S);
    sector(INES, OECD, Sector.NACE_U);
    member(ANNA, MINISTRY, MIKKEL, OrganisationRole.MEMBER);
    member(SOFIE, MUNICIPALITY, JONAS, OrganisationRole.MEMBER);
    member(CAMILLE, NGO, LUCAS, OrganisationRole.MEMBER);
    // Jonas works for the municipality and volunteers with the NGO: the demo's person in two organisations
    member(CAMILLE, NGO, JONAS, OrganisationRole.MEMBER);
    organisationReady.fire(new DemoEvents.OrganisationReady(MINISTRY, caller(ANNA, MINISTRY)));
    organisationReady.fire(new DemoEvents.OrganisationReady(MUNICIPALITY, caller(SOFIE, MUNICIPALITY)));
    organisationReady.fire(new DemoEvents.OrganisationReady(NGO, caller(CAMILLE, NGO)));
    organisationReady.fire(new DemoEvents.OrganisationReady(FOUNDATION, caller(OLIVER, FOUNDATION)));
    missions.load();
    crossOrganisationWorkshop();
    platformReady.fire(new DemoEvents.PlatformReady(analyst()));
    return true;
  }

  /** Ines, the benchmark analyst, has opened a workshop for the four demo organisations' people (issue 17). */
  private void crossOrganisationWorkshop() {
    Caller ines = analyst();
    WorkshopPlan plan = new WorkshopPlan("Peer exchange: what makes a good mission?",
        List.of("What makes a good mission?", "Where do you need more knowledge sharing and support?"), false, 3, 4, List.of(MINISTRY, MUNICIPALITY, NGO, FOUNDATION));
    Workshop prepared = actor.as(ines, null, () -> workshops.createOnPlatform(plan));
    actor.as(ines, null, () -> workshops.moveTo(WorkshopHost.PLATFORM, prepared.id(), prepared.version(), WorkshopPhase.POSTING));
  }

  /** Ines, of the OECD team, the demo's benchmark analyst. */
  private static Caller analyst() {
    return new Caller(INES.subject(), INES.displayName(), INES.email(), Set.of(PlatformRole.BENCHMARK_ANALYST), Set.of(OECD));
  }

  private void organisation(
      String slug, String name, OrganisationType type, String country, String domain, PersonDetails admin) {
    actor.as(
        Caller.system("demo-data"),
        null,
        () -> platform.createActive(new NewOrganisation(slug, name, type, country, domain, admin.email())));
  }

  private void sector(PersonDetails admin, String slug, Sector sector) {
    actor.as(caller(admin, slug), slug, () -> {
      Organisation current = profiles.current();
      return profiles.update(current.version(), new OrganisationProfile(current.name(), current.type(), current.country(), null, null, sector.name()));
    });
  }

  private void member(PersonDetails admin, String slug, PersonDetails person, OrganisationRole role) {
    actor.as(caller(admin, slug), slug, () -> memberships.add(new NewMember(person.subject(), role)));
  }
}

package org.missionhub.core.startup;

import static org.missionhub.core.startup.DemoPeople.ANNA;
import static org.missionhub.core.startup.DemoPeople.CAMILLE;
import static org.missionhub.core.startup.DemoPeople.FOUNDATION;
import static org.missionhub.core.startup.DemoPeople.JONAS;
import static org.missionhub.core.startup.DemoPeople.MIKKEL;
import static org.missionhub.core.startup.DemoPeople.MINISTRY;
import static org.missionhub.core.startup.DemoPeople.MUNICIPALITY;
import static org.missionhub.core.startup.DemoPeople.NGO;
import static org.missionhub.core.startup.DemoPeople.OLIVER;
import static org.missionhub.core.startup.DemoPeople.SOFIE;
import static org.missionhub.core.startup.DemoPeople.caller;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.missionhub.api.governance.DecisionStatus;
import org.missionhub.api.governance.RiskCategory;
import org.missionhub.api.governance.RiskStatus;
import org.missionhub.api.mission.ChallengeArea;
import org.missionhub.api.mission.GovernanceMode;
import org.missionhub.api.mission.MissionPhase;
import org.missionhub.api.mission.MissionRole;
import org.missionhub.core.discussion.application.CommentService;
import org.missionhub.core.discussion.domain.CommentText;
import org.missionhub.core.governance.application.DecisionService;
import org.missionhub.core.governance.application.GovernanceBodyService;
import org.missionhub.core.governance.application.RiskService;
import org.missionhub.core.governance.domain.BodyMember;
import org.missionhub.core.governance.domain.BodyRecord;
import org.missionhub.core.governance.domain.DecisionRecord;
import org.missionhub.core.governance.domain.RiskRecord;
import org.missionhub.core.mission.application.MissionRoleService;
import org.missionhub.core.mission.application.MissionService;
import org.missionhub.core.mission.application.PartnerInvitation;
import org.missionhub.core.mission.application.PartnerService;
import org.missionhub.core.mission.application.RoleAssignment;
import org.missionhub.core.mission.domain.Charter;
import org.missionhub.core.organisation.application.PersonDetails;
import org.missionhub.core.security.Caller;
import java.util.function.Supplier;

/** The three demo missions, built step by step as their people would build them. */
@ApplicationScoped
public class DemoMissions {

  @Inject CallerScope actor;
  @Inject MissionService missions;
  @Inject PartnerService partners;
  @Inject MissionRoleService roles;
  @Inject DecisionService decisions;
  @Inject RiskService risks;
  @Inject GovernanceBodyService bodies;
  @Inject CommentService comments;
  @Inject Event<DemoEvents.MissionReady> missionReady;

  void load() {
    mentalHealth();
    circularSociety();
    digitisation();
  }

  private void mentalHealth() {
    String id =
        as(ANNA, MINISTRY)
            .run(
                () ->
                    missions
                        .create(
                            new Charter(
                                "Mental health for young people",
                                "A thriving and compassionate society where young people thrive and feel safe.",
                                ChallengeArea.HEALTH_WELLBEING,
                                "Halve the share of 15-24 year olds who report poor mental well-being by 2032",
                                true,
                                LocalDate.of(2025, 1, 1),
                                LocalDate.of(2032, 12, 31),
                                GovernanceMode.HYBRID),
                            null)
                        .id()
                        .toString());
    invite(id, ANNA, MINISTRY, NGO, CAMILLE);
    invite(id, ANNA, MINISTRY, MUNICIPALITY, SOFIE);
    assign(id, ANNA, MINISTRY, CAMILLE, NGO, MissionRole.COORDINATOR);
    assign(id, ANNA, MINISTRY, JONAS, MUNICIPALITY, MissionRole.IMPLEMENTER);
    assign(id, ANNA, MINISTRY, MIKKEL, MINISTRY, MissionRole.PARTICIPANT);
    decide(id, ANNA, MINISTRY, "Adopt the mission charter", "Partners agreed on the goal and the target.", LocalDate.of(2025, 2, 3), null);
    decide(
        id,
        ANNA,
        MINISTRY,
        "Gate 1: move to implementation",
        "A portfolio of 12 initiatives across schools, municipalities and NGOs is approved and funded for two years.",
        LocalDate.of(2025, 9, 15),
        MissionPhase.IN_PROGRESS);
    risk(id, CAMILLE, NGO, "Effect of silos between health, education and social services", RiskCategory.SILOS, 4, 4,
        "Camille Martin", "A joint steering group meets monthly; shared indicators across the three sectors.", RiskStatus.OPEN);
    risk(id, CAMILLE, NGO, "Keeping momentum and motivation over time", RiskCategory.LOSS_OF_MOMENTUM, 3, 4,
        "Anna Holm", "Quarterly showcases of what works; rotate initiative leads.", RiskStatus.MITIGATING);
    risk(id, ANNA, MINISTRY, "Lack of committed support beyond the current government", RiskCategory.LACK_OF_COMMITTED_SUPPORT, 3, 5,
        "Anna Holm", "Cross-party briefing; anchor the mission in the four-year budget agreement.", RiskStatus.OPEN);
    risk(id, ANNA, MINISTRY, "Municipal and state budget cycles do not line up", RiskCategory.MISALIGNED_BUDGETS, 4, 3,
        "Sofie Lund", "Pooled fund with multi-year commitments.", RiskStatus.OPEN);
    as(ANNA, MINISTRY)
        .run(
            () ->
                bodies.create(
                    id,
                    new BodyRecord(
                        "Mission steering group",
                        "Decides the mission portfolio and gate decisions; meets monthly.",
                        List.of(
                            new BodyMember("Anna Holm", "Ministry of Social Affairs", BodyMember.Function.CHAIR, ANNA.subject()),
                            new BodyMember("Camille Martin", "Youth Minds", BodyMember.Function.MEMBER, CAMILLE.subject()),
                            new BodyMember("Sofie Lund", "Nordby Municipality", BodyMember.Function.MEMBER, SOFIE.subject()),
                            new BodyMember("Youth council representative", "National Youth Council", BodyMember.Function.MEMBER, null)))));
    comment(id, CAMILLE, NGO, "The youth council asked to see the indicator dashboard before the next gate.");
    comment(id, JONAS, MUNICIPALITY, "Nordby's school counselling pilot starts in March; first results by June.");
    missionReady.fire(new DemoEvents.MissionReady(id, MINISTRY, caller(ANNA, MINISTRY)));
  }

  private void circularSociety() {
    String id =
        as(SOFIE, MUNICIPALITY)
            .run(
                () ->
                    missions
                        .create(
                            new Charter(
                                "The irresistible circular society",
                                "Make circular choices the easiest and most attractive choices for citizens and businesses.",
                                ChallengeArea.CIRCULAR_ECONOMY,
                                "Circular choices are the default in daily life",
                                false,
                                LocalDate.of(2026, 3, 1),
                                null,
                                GovernanceMode.BOTTOM_UP),
                            null)
                        .id()
                        .toString());
    invite(id, SOFIE, MUNICIPALITY, FOUNDATION, OLIVER);
    assign(id, SOFIE, MUNICIPALITY, OLIVER, FOUNDATION, MissionRole.COORDINATOR);
    as(SOFIE, MUNICIPALITY).run(() -> partners.invite(id, new PartnerInvitation(MINISTRY)));
    risk(id, SOFIE, MUNICIPALITY, "Aligning resources across organisations", RiskCategory.MISALIGNED_BUDGETS, 4, 4,
        "Sofie Lund", null, RiskStatus.OPEN);
    decideProposal(id, OLIVER, FOUNDATION, "Co-fund a repair cafe network", "The foundation offers matched funding for three years.");
    missionReady.fire(new DemoEvents.MissionReady(id, MUNICIPALITY, caller(SOFIE, MUNICIPALITY)));
  }

  private void digitisation() {
    String id =
        as(ANNA, MINISTRY)
            .run(
                () ->
                    missions
                        .create(
                            new Charter(
                                "Responsible and ethical digitisation",
                                "Digital public services that people can trust, understand and challenge.",
                                ChallengeArea.DIGITAL,
                                "Every public algorithm in the national register has a published impact assessment by 2027",
                                true,
                                LocalDate.of(2023, 6, 1),
                                LocalDate.of(2027, 6, 30),
                                GovernanceMode.TOP_DOWN),
                            null)
                        .id()
                        .toString());
    invite(id, ANNA, MINISTRY, FOUNDATION, OLIVER);
    assign(id, ANNA, MINISTRY, MIKKEL, MINISTRY, MissionRole.COORDINATOR);
    assign(id, ANNA, MINISTRY, OLIVER, FOUNDATION, MissionRole.OBSERVER);
    decide(id, ANNA, MINISTRY, "Gate 1: start the algorithm register", "Register and assessment template agreed.", LocalDate.of(2024, 1, 10), MissionPhase.IN_PROGRESS);
    decide(id, ANNA, MINISTRY, "Gate 2: evaluate the first wave", "80% of the registered algorithms have an assessment.", LocalDate.of(2026, 5, 4), MissionPhase.EVALUATING);
    risk(id, MIKKEL, MINISTRY, "Agencies lack capacity to write impact assessments", RiskCategory.CAPACITY, 3, 3,
        "Mikkel Berg", "Assessment help desk and templates.", RiskStatus.MITIGATING);
    missionReady.fire(new DemoEvents.MissionReady(id, MINISTRY, caller(ANNA, MINISTRY)));
  }

  private Step as(PersonDetails person, String organisation) {
    return new Step(actor, caller(person, organisation), organisation);
  }

  private void invite(String missionId, PersonDetails leader, String lead, String partner, PersonDetails partnerAdmin) {
    as(leader, lead).run(() -> partners.invite(missionId, new PartnerInvitation(partner)));
    as(partnerAdmin, partner).run(() -> partners.accept(missionId, partners.invitation(missionId).version()));
  }

  private void assign(
      String missionId, PersonDetails leader, String lead, PersonDetails person, String organisation, MissionRole role) {
    as(leader, lead)
        .run(() -> roles.assign(missionId, new RoleAssignment(person.subject(), organisation, role)));
  }

  private void decide(String missionId, PersonDetails who, String org, String title, String rationale, LocalDate on, MissionPhase phaseTo) {
    as(who, org)
        .run(() -> decisions.record(missionId, new DecisionRecord(title, rationale, on, "Mission steering group", DecisionStatus.ADOPTED, phaseTo)));
  }

  private void decideProposal(String missionId, PersonDetails who, String org, String title, String rationale) {
    as(who, org).run(() -> decisions.record(missionId, new DecisionRecord(title, rationale, null, null, DecisionStatus.PROPOSED, null)));
  }

  private void risk(String missionId, PersonDetails who, String org, String title, RiskCategory category, int likelihood,
      int impact, String owner, String mitigation, RiskStatus status) {
    as(who, org)
        .run(() -> risks.add(missionId, new RiskRecord(title, null, category, likelihood, impact, owner, mitigation, status)));
  }

  private void comment(String missionId, PersonDetails who, String org, String text) {
    as(who, org).run(() -> comments.post(missionId, new CommentText(text, null, null, null)));
  }

  /** One step, run as one person in one organisation. */
  private record Step(CallerScope actor, Caller caller, String organisation) {
    <T> T run(Supplier<T> work) {
      return actor.as(caller, organisation, work);
    }
  }
}

package org.missionhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionhub.it.browser.pages.MissionPage;
import org.missionhub.it.browser.pages.WorkspacePage;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;
import org.openqa.selenium.By;

/** A lead and a partner co-manage a mission, entirely in the browser, against the real server and Keycloak. */
@ExtendWith(Browser.class)
class MissionWorkspaceIT {

  @Test
  void leadAndPartnerCoManageAMission(Browser browser) {
    // given a lead organisation, a partner organisation and a person working for the partner
    Org lead = Scenario.organisation("ui-lead");
    Org partner = Scenario.organisation("ui-partner");
    Person coordinator = Scenario.addExisting(partner, Person.register("coordinator"), "MEMBER");
    String title = "Mental health for young people " + Scenario.shortId();

    // when the lead's administrator starts a mission with the wizard, inviting the partner
    MissionPage mission =
        WorkspacePage.signIn(browser, lead.admin(), lead.slug())
            .newMission()
            .mission(title, "Every young person gets help within four weeks.", "Health and well-being")
            .next()
            .target("Halve the waiting time for first help by 2030", true)
            .next()
            .governance("Hybrid")
            .next()
            .invite(partner.slug(), "Organisation " + partner.slug())
            .create();
    // then the mission opens, led by their organisation, with the partner invited
    assertThat(mission.title()).isEqualTo(title);
    assertThat(mission.phase()).isEqualTo("Getting started");
    mission.tab("tab-partners").gridShows("partners", "Invited");
    String missionId = mission.missionId();
    WorkspacePage.signOut(browser);

    // when the partner's administrator signs in and accepts the invitation
    WorkspacePage partnerWorkspace = WorkspacePage.signIn(browser, partner.admin(), partner.slug());
    partnerWorkspace.acceptInvitation(missionId);
    // then the mission is among the partner's missions
    assertThat(partnerWorkspace.missionTitles()).contains(title);
    WorkspacePage.signOut(browser);

    // when the lead gives the partner's person a role, adopts the gate decision and records a risk
    MissionPage again = WorkspacePage.signIn(browser, lead.admin(), lead.slug()).openMission(title);
    again.assignRole("Coordinator", coordinator.name(), "Coordinator");
    String phase = again.adoptGateDecision();
    again.addRisk("Partners work in silos", "Silos between organisations", "4 – Likely", "4 – Major");

    // then the mission moved on, and the risk matrix shows the risk
    assertThat(phase).isEqualTo("In progress");
    assertThat(again.riskCell(4, 4)).isEqualTo("1");
    // and the API, which calls the same services, tells the same story
    ApiResponse read = lead.admin().api().get(lead.missionPath(missionId));
    assertThat(read.json().getString("phase")).isEqualTo("IN_PROGRESS");
    ApiResponse roles = lead.admin().api().get(lead.missionPath(missionId) + "/roles");
    assertThat(roles.items().stream().map(v -> (JsonObject) v))
        .anySatisfy(r -> {
          assertThat(r.getString("subject")).isEqualTo(coordinator.subject());
          assertThat(r.getString("role")).isEqualTo("COORDINATOR");
          assertThat(r.getJsonObject("organisation").getString("slug")).isEqualTo(partner.slug());
        });
    assertThat(lead.admin().api().get(lead.missionPath(missionId) + "/risks?status=OPEN").itemValues("title")).containsExactly("Partners work in silos");
  }

  @Test
  void theWizardChecksEachStepBeforeTheNext(Browser browser) {
    Org lead = Scenario.organisation("ui-wizard");
    var wizard = WorkspacePage.signIn(browser, lead.admin(), lead.slug()).newMission();
    // when the person goes on without a title
    String step = wizard.progress();
    browser.driver().findElement(By.id("wizard-next")).click();
    // then the field says what is missing, and they stay on the step
    browser.waitUntil(d -> !wizard.errorOf("wizard-title").isBlank());
    assertThat(wizard.progress()).isEqualTo(step);
  }
}

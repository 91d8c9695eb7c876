package org.missionhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionhub.it.browser.Accessibility.assertNoSeriousViolations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionhub.it.browser.pages.Fields;
import org.missionhub.it.browser.pages.MissionPage;
import org.missionhub.it.browser.pages.WorkspacePage;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The roadmap in the browser (issue 14): the leader adds an objective and links the partner's milestone to
 * the lead's initiative; the partner's implementer moves that milestone past the initiative's start; the
 * leader is told (an in-app notice), sees the dependency broken, and records a pivot at a portfolio review,
 * which reaches the mission's decision log; a leader imports a spreadsheet, which is added only once every row
 * is right; a leader puts the mission's milestones in a calendar and revokes the address.
 */
@ExtendWith(Browser.class)
class RoadmapBrowserIT {

  @Test
  void aPartnersSlippedMilestoneShowsTheLeaderABrokenDependency(Browser browser) {
    // given two organisations of a mission, an implementer at the partner, and an initiative each
    Org lead = Scenario.organisation("ui-roadmap-lead", "LOCAL_GOVERNMENT", "DK", "roadmap");
    Org partner = Scenario.organisation("ui-roadmap-partner", "NGO", "DK", "roadmap");
    String mission = Scenario.mission(lead, "Mental health for young people");
    Scenario.partnership(lead, mission, partner);
    Person implementer = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, implementer, partner.slug(), "IMPLEMENTER");
    String roadmap = lead.missionPath(mission) + "/roadmap";
    assertThat(post(lead, roadmap + "/initiatives", Payloads.object("title", "School counsellors", "type", "PROGRAMME", "start", "2027-09-01", "end", "2029-06-30", "lifecycle", "ACTIVE"))
        .status()).isEqualTo(201);
    String youthPanel =
        post(lead, roadmap + "/initiatives", Payloads.object("title", "Youth panel", "type", "PILOT", "owner", partner.slug(), "start", "2027-01-01", "end", "2027-12-31"))
            .json().getString("id");
    assertThat(post(lead, roadmap + "/milestones", Payloads.object("initiative", youthPanel, "title", "Panel findings", "due", "2027-06-01")).status()).isEqualTo(201);

    // the leader adds an objective and makes the counsellors wait for the panel's findings
    WorkspacePage.signIn(browser, lead.admin(), lead.slug());
    MissionPage.open(browser, mission).tab("tab-plugin-roadmap-roadmap");
    Fields fields = new Fields(browser);
    fields.click("roadmap-add-objective");
    fields.type("roadmap-objective-title", "Every school has support within reach");
    fields.click("roadmap-objective-save");
    browser.waitFor(By.xpath("//*[@id='roadmap-board']//h4[starts-with(normalize-space(), 'Every school has support within reach')]"));
    fields.click("roadmap-add-dependency");
    fields.choose("roadmap-dependency-predecessor", "◆ Panel findings (2027-06-01)");
    fields.choose("roadmap-dependency-successor", "School counsellors");
    fields.click("roadmap-dependency-save");
    browser.waitFor(By.xpath("//*[@id='roadmap-dependencies']//li[contains(., 'School counsellors waits for Panel findings')]"));
    assertThat(browser.driver().findElements(By.cssSelector("#roadmap-dependencies li.roadmap-broken"))).isEmpty();
    assertThat(browser.waitFor(By.cssSelector("#roadmap-timeline svg")).getAttribute("aria-label")).isNotBlank();
    // and keeps the plan as a baseline
    fields.type("roadmap-baseline-name", "Plan before the panel");
    fields.click("roadmap-baseline-save");
    browser.waitFor(By.xpath("//*[@id='roadmap-baseline-verdict'][starts-with(normalize-space(), 'Nothing has changed')]"));
    WorkspacePage.signOut(browser);

    // the partner's implementer moves the findings to October (10/10: the same day whichever order the locale writes)
    WorkspacePage.signIn(browser, implementer, partner.slug());
    MissionPage.open(browser, mission).tab("tab-plugin-roadmap-roadmap");
    WebElement move = browser.waitFor(By.xpath("//vaadin-button[starts-with(@id, 'roadmap-move-')]"));
    assertThat(browser.driver().findElements(By.xpath("//*[@data-initiative][contains(., 'School counsellors')]//vaadin-button[not(starts-with(@id, 'roadmap-comments-'))]")))
        .as("not theirs to edit").isEmpty();
    fields.click(move.getAttribute("id"));
    WebElement due = browser.waitFor(By.cssSelector("#roadmap-milestone-due input"));
    due.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    due.sendKeys("10/10/2027", Keys.ENTER);
    fields.click("roadmap-milestone-save");
    browser.waitUntil(d -> d.findElements(By.id("roadmap-milestone-dialog")).isEmpty());
    WorkspacePage.signOut(browser);

    // the leader was told, and sees the dependency broken
    assertThat(lead.admin().api().get("/api/v1/me/notices").itemValues("kind")).contains("roadmap.dependency-broken");
    assertThat(implementer.api().get("/api/v1/me/notices").itemValues("kind")).as("not the one who moved it").doesNotContain("roadmap.dependency-broken");
    WorkspacePage.signIn(browser, lead.admin(), lead.slug());
    MissionPage.open(browser, mission).tab("tab-plugin-roadmap-roadmap");
    browser.waitFor(By.cssSelector("#roadmap-dependencies li.roadmap-broken"));
    assertThat(browser.waitFor(By.id("roadmap-summary")).getText()).endsWith("broken dependencies: 1");
    // the leader asks about it on the initiative itself: the platform's discussion, opened from the plugin's card
    fields.click(browser.waitFor(By.xpath("//*[@data-initiative][contains(., 'School counsellors')]//vaadin-button[starts-with(@id, 'roadmap-comments-')]")).getAttribute("id"));
    fields.type("discussion-item-new-text", "Start the counsellors in October instead?");
    fields.click("discussion-item-new-post");
    browser.waitFor(By.xpath("//*[@id='discussion-item-threads']//p[normalize-space()='Start the counsellors in October instead?']"));
    assertNoSeriousViolations(browser, "a roadmap initiative's discussion");
    fields.click("discussion-item-close");
    browser.waitFor(By.xpath("//*[@data-initiative][contains(., 'School counsellors')]//vaadin-button[starts-with(@id, 'roadmap-comments-')][contains(., 'Comments (1)')]"));
    // the baseline says what moved: the findings, 131 days later; grouped by owner, the partner has its heading
    browser.waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space() = '+131 days']"));
    fields.choose("roadmap-timeline-group", "Owner organisation");
    browser.waitFor(By.xpath("//*[@id='roadmap-timeline']//*[name()='text'][@font-weight='bold'][contains(., '" + partner.slug() + "')]"));
    browser.keepScreenshot("roadmap");
    assertThat(lead.admin().api().get(roadmap).json().getInt("brokenDependencies")).isEqualTo(1);

    // and records a pivot for the counsellors at a portfolio review, which lands in the decision log
    fields.click("roadmap-start-review");
    fields.click("roadmap-review-save");
    // (a dialog's content is in its overlay, not under the dialog's element)
    WebElement counsellors = browser.waitFor(By.xpath("//vaadin-dialog-overlay//*[contains(@class, 'roadmap-review-item')][contains(., 'School counsellors')]"));
    String initiative = counsellors.getAttribute("data-initiative");
    fields.choose("roadmap-verdict-" + initiative, "Pivot");
    fields.type("roadmap-rationale-" + initiative, "Start with the schools the panel names first");
    fields.click("roadmap-record-" + initiative);
    browser.waitFor(By.xpath("//vaadin-dialog-overlay//*[contains(@class, 'roadmap-verdict')][starts-with(normalize-space(), 'Pivot')]"));
    assertThat(lead.admin().api().get(lead.missionPath(mission) + "/decisions?size=100").body()).contains("pivot \\\"School counsellors\\\"");
    fields.click("roadmap-review-close");
    browser.waitUntil(d -> d.findElements(By.id("roadmap-review-dialog")).isEmpty());
    // so do the mission overview's card and the organisation's "Our initiatives" page (the tabs are far above by now)
    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("document.getElementById('tab-overview').scrollIntoView({block: 'center'});");
    // (the overview is drawn again when it is shown: wait for the new one rather than hold the old element)
    fields.click("tab-overview");
    browser.waitFor(By.xpath("//*[@id='roadmap-card-summary'][contains(normalize-space(), 'broken dependencies: 1')]"));
    fields.click("nav-plugin-roadmap-initiatives");
    browser.waitFor(By.xpath("//vaadin-grid[@id='roadmap-our-initiatives-grid']//vaadin-grid-cell-content[normalize-space()='School counsellors']"));
  }

  @Test
  void aLeaderImportsASpreadsheetOnlyOnceEveryRowIsRight(Browser browser) throws java.io.IOException {
    Org lead = Scenario.organisation("ui-import-lead", "LOCAL_GOVERNMENT", "DK", "roadmap");
    String mission = Scenario.mission(lead, "The irresistible circular society");
    java.nio.file.Path broken = java.nio.file.Files.createTempFile("roadmap-broken", ".csv");
    java.nio.file.Files.writeString(broken, "title;type;owner\nRepair cafés;PILOT;" + lead.slug() + "\nDeposit scheme;POLICY;nobody\n");
    java.nio.file.Path fixed = java.nio.file.Files.createTempFile("roadmap-fixed", ".csv");
    java.nio.file.Files.writeString(fixed, "title;type;owner\nRepair cafés;PILOT;" + lead.slug() + "\nDeposit scheme;POLICY;" + lead.slug() + "\n");

    WorkspacePage.signIn(browser, lead.admin(), lead.slug());
    MissionPage.open(browser, mission).tab("tab-plugin-roadmap-roadmap");
    Fields fields = new Fields(browser);
    fields.click("roadmap-import");
    fields.upload("roadmap-import-upload", broken);
    // the problem is named by row and column, and nothing can be added
    browser.waitFor(By.xpath("//vaadin-grid[@id='roadmap-import-problems']//vaadin-grid-cell-content[normalize-space()='owner']"));
    assertThat(browser.waitFor(By.id("roadmap-import-verdict")).getText()).startsWith("1 problem");
    assertThat(browser.driver().findElement(By.id("roadmap-import-add")).getDomAttribute("disabled")).as("Add them is disabled").isNotNull();
    assertThat(lead.admin().api().get(lead.missionPath(mission) + "/roadmap").json().getJsonArray("initiatives")).isEmpty();

    // the fixed file is clean, and both rows are added
    fields.upload("roadmap-import-upload", fixed);
    browser.waitFor(By.xpath("//*[@id='roadmap-import-verdict'][starts-with(normalize-space(), '2 row(s) checked, no problems')]"));
    fields.click("roadmap-import-add");
    browser.waitUntil(d -> d.findElements(By.id("roadmap-import-dialog")).isEmpty());
    browser.waitFor(By.xpath("//*[@id='roadmap-summary'][starts-with(normalize-space(), '2 initiatives')]"));
  }

  @Test
  void aLeaderPutsTheMissionsMilestonesInACalendarAndRevokesTheAddress(Browser browser) {
    Org lead = Scenario.organisation("ui-calendar-lead", "LOCAL_GOVERNMENT", "DK", "roadmap");
    String mission = Scenario.mission(lead, "Mental health for young people");
    String roadmap = lead.missionPath(mission) + "/roadmap";
    String initiative = post(lead, roadmap + "/initiatives", Payloads.object("title", "Peer support in schools", "type", "PILOT", "start", "2027-01-01", "end", "2027-12-31"))
        .json().getString("id");
    post(lead, roadmap + "/milestones", Payloads.object("initiative", initiative, "title", "First schools on board", "due", "2027-03-15"));

    // from the Roadmap tab to the feeds page, the mission already chosen
    WorkspacePage.signIn(browser, lead.admin(), lead.slug());
    MissionPage.open(browser, mission).tab("tab-plugin-roadmap-roadmap");
    Fields fields = new Fields(browser);
    fields.click("roadmap-add-to-calendar");
    browser.waitFor(By.id("feed-create-roadmap-milestones"));
    assertThat(browser.waitFor(By.cssSelector("#feed-mission-roadmap-milestones input")).getDomProperty("value")).isEqualTo("Mental health for young people");
    fields.click("feed-create-roadmap-milestones");

    // the address is shown once, and a calendar reads it without signing in
    String address = browser.waitUntil(d -> {
      String value = d.findElement(By.cssSelector("#feed-address input")).getDomProperty("value");
      return value == null || value.isBlank() ? null : value;
    });
    assertThat(address).contains("/api/v1/feeds/" + lead.slug() + "/").endsWith(".ics");
    assertThat(browser.waitFor(By.id("feed-webcal")).getDomAttribute("href")).startsWith("webcal://");
    String path = java.net.URI.create(address).getRawPath();
    var feed = org.missionhub.it.support.Api.anonymous().download(path);
    assertThat(feed.status()).isEqualTo(200);
    assertThat(new String(feed.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("SUMMARY:First schools on board (Peer support in schools)");
    browser.keepScreenshot("calendar-feeds-address");
    fields.click("feed-address-close");

    // the address is listed without its secret; revoking it kills it
    browser.waitFor(By.xpath("//vaadin-grid[@id='feed-subscriptions']//vaadin-grid-cell-content[normalize-space()='Mental health for young people']"));
    browser.waitUntil(d -> d.findElements(By.id("feed-address")).isEmpty());
    assertThat(browser.waitFor(By.id("feed-subscriptions")).getText()).doesNotContain(path.substring(path.lastIndexOf('/') + 1, path.length() - 4));
    browser.keepScreenshot("calendar-feeds");
    browser.waitFor(By.xpath("//vaadin-grid[@id='feed-subscriptions']//vaadin-button[normalize-space()='Revoke']")).click();
    fields.click("feed-revoke-confirm");
    browser.waitUntil(d -> d.findElements(By.xpath("//vaadin-grid[@id='feed-subscriptions']//vaadin-grid-cell-content[normalize-space()='Mental health for young people']")).isEmpty());
    assertThat(org.missionhub.it.support.Api.anonymous().download(path).status()).isEqualTo(404);
  }

  /** Gives the import dialog's upload a file, as choosing it in the file picker does. */
  private static ApiResponse post(Org org, String path, String json) {
    ApiResponse response = org.admin().api().post(path, json);
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response;
  }
}

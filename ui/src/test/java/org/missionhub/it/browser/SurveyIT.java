package org.missionhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionhub.it.browser.pages.Fields;
import org.missionhub.it.browser.pages.MissionPage;
import org.missionhub.it.browser.pages.WorkspacePage;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.survey.Campaigns;
import org.missionhub.it.support.Scenario.Org;
import org.openqa.selenium.By;

/**
 * A benchmark survey in the browser: the analyst copies and publishes the built-in template and opens a
 * campaign; an organisation answers it in a mission's Surveys tab; once the results are published, its
 * admin sees where the organisation stands, and the results, with a table behind every chart.
 */
@ExtendWith(Browser.class)
class SurveyIT {

  private static final String CAMPAIGNS = "/api/v1/platform/survey/campaigns";

  @Test
  void anAnalystOpensACampaignAnOrganisationAnswersItAndSeesWhereItStands(Browser browser) {
    String code = "ui_wave_" + Scenario.shortId().replace('-', '_');
    String title = "Needs assessment " + code;
    Org ngo = Scenario.organisation("ui-survey", "NGO", "DK");
    Scenario.plugin(ngo, "survey", true);
    String mission = Scenario.mission(ngo, "Mental health for young people");
    List<String> others = List.of(Scenario.mission(ngo, "Youth panels"), Scenario.mission(ngo, "School nurses"));

    // the analyst copies the template, publishes it and opens a campaign to every organisation
    WorkspacePage.signInAnywhere(browser, Scenario.benchmarkAnalyst(), null);
    Fields fields = new Fields(browser);
    fields.click("nav-platform-plugin-survey-campaigns");
    browser.waitFor(By.id("campaigns-page"));
    fields.type("instrument-code", code);
    fields.click("instrument-copy-template");
    fields.click("instrument-publish-" + code);
    browser.waitUntil(d -> d.findElements(By.id("instrument-publish-" + code)).isEmpty());
    fields.click("campaign-new");
    fields.type("campaign-title", title);
    fields.choose("campaign-instrument", "Missions needs assessment · " + code + " v1");
    fields.type("campaign-minimum", "3");
    fields.click("campaign-create");
    browser.waitFor(By.xpath("//*[@id='campaign-progress']"));
    Accessibility.assertNoSeriousViolations(browser, "the analyst's campaigns page");
    String campaign = campaignId(title);
    Screenshots.save(browser, "survey-campaigns.png");
    WorkspacePage.signOut(browser);

    // the organisation's admin answers for the mission in its Surveys tab
    WorkspacePage.signIn(browser, ngo.admin(), ngo.slug());
    MissionPage page = MissionPage.open(browser, mission);
    page.tab("tab-plugin-survey-surveys");
    browser.waitFor(By.id("survey-form"));
    radio(browser, "answer-involved", "Yes");
    radio(browser, "answer-role", "Leader");
    fields.pick("answer-country", "Denm", "Denmark");
    radio(browser, "answer-organisation_type", "NGO");
    submit(browser);
    // not complete: the missing answers are marked, and nothing is submitted
    browser.waitUntil(d -> d.findElement(By.id("answer-setting")).getAttribute("invalid") != null);
    radio(browser, "answer-setting", "Bottom-up");
    radio(browser, "answer-phase", "In the middle of it");
    radio(browser, "answer-challenge_field", "Health and well-being");
    Screenshots.save(browser, "survey-answer.png");
    Accessibility.assertNoSeriousViolations(browser, "a survey being answered");
    submit(browser);
    browser.waitUntil(d -> d.findElement(By.id("surveys-status")).getAttribute("textContent").contains("Submitted"));
    others.forEach(m -> submitByApi(ngo, m, campaign));

    // an earlier wave of the same instrument, answered and published before this one closes
    String earlier = Campaigns.open(Campaigns.form(code, List.of("NGO"), false, false, 3));
    List.of(mission, others.get(0), others.get(1)).forEach(m -> submitByApi(ngo, m, earlier));
    close(earlier);

    // closed and published, the admin sees where the organisation stands, and the results
    close(campaign);
    browser.open("/organisation/plugin/survey/benchmarks");
    fields.click("benchmark-standing-" + campaign);
    browser.waitFor(By.cssSelector("#standing-role .survey-own-marker"));
    assertThat(browser.driver().findElement(By.id("standing-role")).getAttribute("textContent")).contains("Leader", "100 %");
    Screenshots.save(browser, "survey-standing.png");
    Accessibility.assertNoSeriousViolations(browser, "where we stand");
    fields.click("benchmark-results-" + campaign);
    browser.waitFor(By.id("result-role"));
    assertThat(browser.driver().findElement(By.cssSelector("#result-role table")).getAttribute("textContent")).contains("Leader", "3");
    // compared with the earlier wave: both waves' shares and the change since
    fields.click("waves-role");
    var wavesTable = browser.waitFor(By.cssSelector("#waves-role #waves-table"));
    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'end'})", wavesTable);
    assertThat(wavesTable.getAttribute("textContent"))
        .contains("Missions needs assessment " + code, title, "Leader", "100 % (3)", "0 pts");
    Screenshots.save(browser, "survey-waves.png");
    Accessibility.assertNoSeriousViolations(browser, "a question compared across waves");
    // the highlights report: the deck's chapters, the same numbers, and a PDF to download
    fields.click("benchmark-highlights-" + campaign);
    browser.waitFor(By.id("highlights-chapter-1"));
    assertThat(browser.driver().findElement(By.id("highlights-chapter-1")).getAttribute("textContent")).contains("Who answered", "Leader", "100 % (3)");
    assertThat(browser.driver().findElement(By.id("highlights-pdf")).getAttribute("href")).isNotBlank();
    Screenshots.save(browser, "survey-highlights.png");
    Accessibility.assertNoSeriousViolations(browser, "the highlights report");

    // the analyst exports the responses, watching the progress, and gets the file
    WorkspacePage.signOut(browser);
    WorkspacePage.signInAnywhere(browser, Scenario.benchmarkAnalyst(), null);
    fields.click("nav-platform-plugin-survey-campaigns");
    fields.click(By.xpath("//vaadin-grid-cell-content[normalize-space()=" + "'" + title + "']"));
    fields.click("campaign-export-start");
    browser.waitUntil(d -> d.findElement(By.id("campaign-export-download")).getAttribute("textContent").contains("(3)"));
    assertThat(browser.driver().findElement(By.id("campaign-export-progress-text")).getAttribute("textContent")).isEqualTo("3 / 3");

    // the analyst puts the results on the public page, and anyone reads them there without signing in
    fields.type("publication-publisher", "OECD Observatory of Public Sector Innovation");
    fields.click("campaign-make-public");
    browser.waitUntil(d -> d.findElement(By.id("campaign-publication-state")).getAttribute("textContent").contains("OECD Observatory"));
    WorkspacePage.signOut(browser);
    browser.open("/");
    fields.click("public-page-survey-results");
    fields.click("public-campaign-" + campaign);
    browser.waitFor(By.id("highlights-chapter-1"));
    assertThat(browser.driver().findElement(By.id("public-campaign-title")).getAttribute("textContent")).isEqualTo(title);
    assertThat(browser.driver().findElement(By.id("public-campaign-facts")).getAttribute("textContent")).contains("OECD Observatory", "Creative Commons Attribution 4.0");
    assertThat(browser.driver().findElement(By.id("highlights-chapter-1")).getAttribute("textContent")).contains("Who answered", "Leader", "100 % (3)");
    assertThat(browser.driver().findElement(By.id("public-download-results")).getAttribute("href")).endsWith("/api/v1/public/survey/campaigns/" + campaign + "/results.csv?lang=en");
    assertThat(browser.driver().findElements(By.id("public-sign-in"))).isNotEmpty();
    // the page carries its DCAT description for search engines and data portals, as a JSON-LD data block
    Object dataset = browser.waitUntil(d -> ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
        "const s = document.querySelector('head script#public-dataset[type=\"application/ld+json\"]'); return s ? s.textContent : null;"));
    assertThat(dataset.toString()).contains("\"dcat:Dataset\"", "/public/survey/results/" + campaign, "OECD Observatory");
    Screenshots.save(browser, "survey-public.png");
    Accessibility.assertNoSeriousViolations(browser, "the public results page");
  }

  @Test
  void anAnalystImportsAnXlsFormSeeingWhatToChangeBeforeAnythingIsImported(Browser browser) throws java.io.IOException {
    String code = "ui_kobo_" + Scenario.shortId().replace('-', '_');
    String[][] choices = {{"list_name", "name", "label"}, {"district", "Aloyce", "Aloyce"}, {"district", "north-east", "North-east"}};
    java.nio.file.Path broken = java.nio.file.Files.createTempFile("kobo-broken", ".xlsx");
    java.nio.file.Files.write(broken, org.missionhub.it.survey.XlsForms.workbook(new String[][] {{"type", "name", "label"}, {"select_one district", "District", "Which district?"},
        {"begin_repeat", "child", "Each child"}, {"integer", "age", "Age"}, {"end_repeat"}}, choices));
    java.nio.file.Path fixed = java.nio.file.Files.createTempFile("kobo-fixed", ".xlsx");
    java.nio.file.Files.write(fixed, org.missionhub.it.survey.XlsForms.workbook(new String[][] {{"type", "name", "label", "label::Kiswahili"},
        {"select_one district", "District", "Which district?", "Wilaya gani?"}, {"geopoint", "gps", "Where are you?"}, {"integer", "children", "How many children?"}}, choices));

    WorkspacePage.signInAnywhere(browser, Scenario.benchmarkAnalyst(), null);
    Fields fields = new Fields(browser);
    fields.click("nav-platform-plugin-survey-campaigns");
    fields.click("instrument-import-xlsform");
    fields.type("xlsform-code", code);
    // a repeat group: the row and what to change, and nothing can be imported
    fields.upload("xlsform-upload", broken);
    browser.waitFor(By.xpath("//vaadin-grid[@id='xlsform-problems']//vaadin-grid-cell-content[contains(., 'ask for a fixed number of items')]"));
    assertThat(browser.waitFor(By.id("xlsform-verdict")).getText()).startsWith("Problems: 1.");
    assertThat(browser.driver().findElement(By.id("xlsform-apply")).getDomAttribute("disabled")).as("Import is disabled").isNotNull();
    // the fixed form: what is left out and renamed, then imported as a draft
    fields.upload("xlsform-upload", fixed);
    browser.waitFor(By.xpath("//*[@id='xlsform-verdict'][starts-with(normalize-space(), 'Ready: " + code + " · questions: 2 · sections: 1')]"));
    browser.waitFor(By.xpath("//vaadin-grid[@id='xlsform-notes']//vaadin-grid-cell-content[contains(., 'the geopoint gps is left out')]"));
    Accessibility.assertNoSeriousViolations(browser, "the XLSForm import's notes");
    Screenshots.save(browser, "survey-xlsform-import.png");
    fields.click("xlsform-apply");
    browser.waitUntil(d -> d.findElements(By.id("xlsform-dialog")).isEmpty());
    browser.waitFor(By.id("instrument-publish-" + code));
    browser.waitFor(By.id("instrument-xlsform-" + code));
    assertThat(Scenario.benchmarkAnalyst().api().get("/api/v1/platform/survey/instruments/" + code + "/versions/1").json().getJsonObject("definition").toString())
        .contains("\"code\":\"district\"", "\"sw\":\"Wilaya gani?\"");

    // past responses collected elsewhere: a problem is shown by row and column, the corrected file imports into a closed campaign
    String past = org.missionhub.it.survey.Campaigns.publishedTemplate();
    String header = "involved;role;country;organisation_type;fact_organisation_type;fact_country;fact_phase;fact_governance_mode;fact_challenge_area\n";
    String rows = "Yes;Leader;DK;ngo;NGO;DK;IN_PROGRESS;TOP_DOWN;DIGITAL\n".repeat(5);
    java.nio.file.Path pastBroken = java.nio.file.Files.createTempFile("past-broken", ".csv");
    java.nio.file.Files.writeString(pastBroken, header + rows + "Perhaps;Leader;DK;ngo;NGO;DK;IN_PROGRESS;TOP_DOWN;DIGITAL\n");
    java.nio.file.Path pastFixed = java.nio.file.Files.createTempFile("past-fixed", ".csv");
    java.nio.file.Files.writeString(pastFixed, header + rows + "No, never;;DK;ngo;NGO;DK;IN_PROGRESS;TOP_DOWN;DIGITAL\n");
    fields.click("campaign-import");
    fields.type("import-title", "Needs assessment 2024, collected elsewhere " + past);
    fields.choose("import-instrument", "Missions needs assessment · " + past + " v1");
    setDate(browser, "import-from", "2024-03-01");
    setDate(browser, "import-to", "2024-04-15");
    fields.upload("import-upload", pastBroken);
    browser.waitFor(By.xpath("//vaadin-grid[@id='import-problems']//vaadin-grid-cell-content[contains(., 'must be one of')]"));
    assertThat(browser.waitFor(By.id("import-verdict")).getText()).startsWith("1 problem in 6 rows");
    assertThat(browser.driver().findElement(By.id("import-apply")).getDomAttribute("disabled")).as("Import is disabled").isNotNull();
    fields.upload("import-upload", pastFixed);
    browser.waitFor(By.xpath("//*[@id='import-verdict'][starts-with(normalize-space(), '6 responses read')]"));
    Accessibility.assertNoSeriousViolations(browser, "importing past responses");
    Screenshots.save(browser, "survey-import.png");
    fields.click("import-apply");
    browser.waitUntil(d -> d.findElements(By.id("import-dialog")).isEmpty());
    browser.waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space()='Needs assessment 2024, collected elsewhere " + past + "']"));
  }

  /** Sets a date picker's value as the browser would after a choice in its calendar (ISO, as the property holds it). */
  private static void setDate(Browser browser, String id, String isoDate) {
    var picker = browser.waitFor(By.id(id));
    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", picker, isoDate);
  }

  /** Clicks Submit, scrolled to the middle of the window (the form is long; the header would cover it at the edge). */
  private static void submit(Browser browser) {
    var button = browser.waitFor(By.id("surveys-submit"));
    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
    button.click();
  }

  /** Clicks the radio button with this label in a radio group. */
  private static void radio(Browser browser, String groupId, String label) {
    By option = By.xpath("//*[@id='" + groupId + "']//vaadin-radio-button//label[starts-with(normalize-space(), '" + label + "')]");
    var element = browser.waitUntil(d -> d.findElements(option).stream().findFirst().orElse(null));
    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  private static String campaignId(String title) {
    ApiResponse list = Scenario.benchmarkAnalyst().api().get(CAMPAIGNS);
    return list.array().stream().map(c -> c.asJsonObject()).filter(c -> c.getString("title").equals(title)).findFirst().orElseThrow().getString("id");
  }

  private static void submitByApi(Org org, String mission, String campaign) {
    String path = org.missionPath(mission) + "/survey/campaigns/" + campaign + "/response";
    ApiResponse saved = org.admin().api().put(path, Payloads.object("answers", Payloads.nested(
        "involved", List.of("yes"), "role", List.of("leader"), "country", List.of("DK"), "organisation_type", List.of("ngo"),
        "setting", List.of("top_down"), "phase", List.of("middle"), "challenge_field", List.of("health_wellbeing"))), null);
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    assertThat(org.admin().api().postAction(path + "/submit", saved.etag()).status()).isEqualTo(200);
  }

  private static void close(String campaign) {
    var analyst = Scenario.benchmarkAnalyst().api();
    ApiResponse closed = analyst.postAction(CAMPAIGNS + "/" + campaign + "/close", analyst.get(CAMPAIGNS + "/" + campaign).etag());
    assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
    assertThat(analyst.postAction(CAMPAIGNS + "/" + campaign + "/publish", closed.etag()).status()).isEqualTo(200);
  }
}

package org.missionhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionhub.it.browser.pages.Fields;
import org.missionhub.it.browser.pages.WorkspacePage;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;
import org.missionhub.it.survey.Campaigns;
import org.openqa.selenium.By;

/**
 * The form builder in the browser: an analyst builds a small form from a blank one (a choice question, a question
 * shown only after a given answer, written with the condition helper and checked as it is typed), reorders it from the
 * keyboard, previews and saves it, publishes it, renames a question in version 2 and reads the difference, takes the draft out
 * as an XLSForm and brings it back with a date and a calculated value (computed in the preview as it is answered); a campaign
 * of version 2 is answered and its report read, broken down by the answering organisations' sectors.
 */
@ExtendWith(Browser.class)
class FormBuilderIT {

  private static final String INSTRUMENTS = "/api/v1/platform/survey/instruments/";

  @Test
  void anAnalystBuildsAFormPublishesItAndReadsTheReportOfItsCampaign(Browser browser) throws java.io.IOException {
    String code = "ui_built_" + Scenario.shortId().replace('-', '_');
    WorkspacePage.signInAnywhere(browser, Scenario.benchmarkAnalyst(), null);
    Fields fields = new Fields(browser);
    fields.click("nav-platform-plugin-survey-campaigns");
    fields.type("instrument-code", code);
    fields.click("instrument-new-form");
    browser.waitFor(By.id("builder-status"));

    // the blank form's question becomes a choice: without options it cannot be saved, and the builder says where
    fields.choose("builder-question-type", "Single choice");
    status(browser, "Question 1.1 (question_1): the question question_1 (SINGLE_CHOICE) needs options");
    assertThat(browser.driver().findElement(By.id("builder-save")).getDomAttribute("disabled")).isNotNull();
    fields.type("builder-question-code", "involved");
    fields.type("builder-question-label-en", "Are you involved in a mission?");
    fields.type("builder-question-label-fr", "Participez-vous à une mission ?");
    fields.click("builder-options-add");
    browser.waitFor(By.id("builder-options-0-code"));
    fields.click("builder-options-add");
    // the rows are drawn again on each addition: type into the second drawing
    browser.waitFor(By.id("builder-options-1-code"));
    fields.type("builder-options-0-code", "yes");
    fields.type("builder-options-0-label-en", "Yes");
    fields.type("builder-options-1-code", "no");
    fields.type("builder-options-1-label-en", "No");
    status(browser, "Ready to save: 1 section, 1 question.");
    assertThat(fields.text("builder-missing")).startsWith("Missing translations:");

    // a long-text question shown only to those involved: a wrong condition says where, the helper writes it
    fields.choose("builder-new-type", "Long text");
    fields.click("builder-add-question");
    editing(browser, "question_2");
    fields.type("builder-question-code", "why");
    fields.type("builder-question-label-en", "Why?");
    fields.type("builder-question-shown", "${involved} = 'yes");
    browser.waitUntil(d -> d.findElement(By.id("builder-question-shown")).getDomAttribute("invalid") != null);
    assertThat(browser.driver().findElement(By.id("builder-question-shown")).getDomProperty("errorMessage")).startsWith("At character 15: text opened here is never closed");
    fields.type("builder-question-shown", "");
    fields.choose("builder-question-shown-question", "involved · Are you involved in a mission?");
    fields.choose("builder-question-shown-answer", "yes · Yes");
    fields.click("builder-question-shown-insert");
    browser.waitUntil(d -> "Reads: involved".equals(d.findElement(By.id("builder-question-shown")).getDomProperty("helperText")));
    assertThat(browser.driver().findElement(By.cssSelector("#builder-question-shown input")).getDomProperty("value")).isEqualTo("${involved} = 'yes'");

    // moved above the question it reads, the draft cannot be saved; moved back, it can
    fields.click("builder-move-up");
    status(browser, "The form: the condition of question why reads ${involved}, which is not a question asked before it");
    fields.click("builder-move-down");
    status(browser, "Ready to save: 1 section, 2 questions.");
    Accessibility.assertNoSeriousViolations(browser, "the form builder");
    Screenshots.save(browser, "survey-builder.png");
    fields.click("builder-preview");
    browser.waitFor(By.cssSelector("#survey-form #answer-involved"));
    fields.click("builder-preview-close");
    fields.click("builder-save");
    fields.click("builder-close");
    browser.waitUntil(d -> d.findElements(By.id("builder-dialog")).isEmpty());

    JsonObject v1 = Campaigns.analyst().get(INSTRUMENTS + code + "/versions/1").json().getJsonObject("definition");
    var questions = v1.getJsonArray("sections").getJsonObject(0).getJsonArray("questions");
    assertThat(questions).hasSize(2);
    assertThat(questions.getJsonObject(0).getString("code")).isEqualTo("involved");
    assertThat(questions.getJsonObject(0).getJsonObject("label").getString("fr")).isEqualTo("Participez-vous à une mission ?");
    assertThat(questions.getJsonObject(1).getString("shownWhen")).isEqualTo("${involved} = 'yes'");

    // published, then version 2 renames a question: the comparison says so, and the version names its predecessor
    fields.click("instrument-publish-" + code);
    fields.click("instrument-next-" + code);
    browser.waitFor(By.id("builder-status"));
    fields.click(By.xpath("//vaadin-grid[@id='builder-outline']//vaadin-grid-cell-content[contains(., '· why')]"));
    editing(browser, "why");
    fields.type("builder-question-code", "reasons");
    fields.click("builder-compare");
    browser.waitFor(By.xpath("//vaadin-grid[@id='builder-diff-changes']//vaadin-grid-cell-content[normalize-space()='why → reasons']"));
    assertThat(fields.text("builder-diff-summary")).isEqualTo("1 question differs from version 1: 0 added, 0 removed, 1 changed.");
    fields.click("builder-diff-close");
    fields.click("builder-save");

    // the draft goes out as an XLSForm and comes back from a spreadsheet with a question more: the rename is kept
    String href = browser.waitFor(By.id("builder-to-xlsform")).getDomAttribute("href");
    Object bytes = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
        "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => done(b.byteLength), e => done(-1));", href);
    assertThat(((Number) bytes).longValue()).as("the draft as an .xlsx").isGreaterThan(1_000L);
    java.nio.file.Path sheet = java.nio.file.Files.createTempFile("built-v2", ".xlsx");
    java.nio.file.Files.write(sheet, org.missionhub.it.survey.XlsForms.workbook(new String[][] {{"type", "name", "label", "calculation"},
        {"select_one yes_no", "involved", "Are you involved in a mission?"}, {"text", "reasons", "Why?"}, {"date", "since", "Since when?"},
        {"calculate", "score", "Engagement score", "if(${involved} = 'yes', 10, 0)"}},
        new String[][] {{"list_name", "name", "label"}, {"yes_no", "yes", "Yes"}, {"yes_no", "no", "No"}}));
    fields.click("builder-from-xlsform");
    fields.upload("xlsform-upload", sheet);
    browser.waitFor(By.xpath("//*[@id='xlsform-verdict'][starts-with(normalize-space(), 'Ready: " + code + " · questions: 4')]"));
    fields.click("xlsform-apply");
    browser.waitFor(By.xpath("//vaadin-grid[@id='builder-outline']//vaadin-grid-cell-content[contains(., '· since')]"));
    // the calculated value is computed as the respondent answers
    fields.click("builder-preview");
    browser.waitFor(By.cssSelector("#survey-form #answer-involved"));
    browser.waitFor(By.xpath("//*[@id='answer-involved']//vaadin-radio-button//label[starts-with(normalize-space(), 'Yes')]")).click();
    browser.waitUntil(d -> "10".equals(d.findElement(By.cssSelector("#answer-score input")).getDomProperty("value")));
    fields.click("builder-preview-close");
    fields.click("builder-save");
    fields.click("builder-close");
    browser.waitUntil(d -> d.findElements(By.id("builder-dialog")).isEmpty());
    JsonObject v2 = Campaigns.analyst().get(INSTRUMENTS + code + "/versions/2").json();
    assertThat(v2.getJsonObject("predecessors").getString("reasons")).isEqualTo("why");
    assertThat(v2.getJsonObject("definition").getJsonArray("sections").getJsonObject(0).getJsonArray("questions")).hasSize(4);
    fields.click("instrument-publish-" + code);
    browser.waitUntil(d -> d.findElements(By.id("instrument-publish-" + code)).isEmpty());

    // a campaign of version 2, answered for three missions, closed and published: its report in the browser
    Org ngo = Campaigns.surveying("ui-built", "NGO", "DK");
    // the organisation works in health and social work: its responses carry the sector, a breakdown of the report
    JsonObject profile = ngo.admin().api().get(ngo.path()).json();
    var sector = ngo.admin().api().put(ngo.path(), Payloads.object("name", profile.getString("name"), "type", "NGO", "country", "DK", "sector", "NACE_Q"),
        ngo.admin().api().get(ngo.path()).etag());
    assertThat(sector.status()).as(sector.toString()).isEqualTo(200);
    String campaign = Campaigns.open(Campaigns.form(code, 2, List.of("NGO"), false, false, 3));
    Org unsaid = Campaigns.surveying("ui-built-none", "NGO", "DK");
    for (String mission : List.of("Circular Aarhus", "Green schools", "Clean harbours")) {
      Campaigns.submit(ngo, Scenario.mission(ngo, mission), campaign, Payloads.object("answers", Payloads.nested("involved", List.of("yes"), "reasons", List.of("It matters"))));
      Campaigns.submit(unsaid, Scenario.mission(unsaid, mission), campaign, Payloads.object("answers", Payloads.nested("involved", List.of("no"))));
    }
    Campaigns.closeAndPublish(campaign);
    JsonObject involved = Campaigns.analyst().get("/api/v1/platform/survey/campaigns/" + campaign + "/results/involved").json();
    JsonObject bySector = involved.getJsonArray("breakdowns").stream().map(v -> v.asJsonObject()).filter(t -> t.getString("by").equals("sector")).findFirst().orElseThrow();
    // three in health and social work, three whose profile names no sector
    assertThat(bySector.getJsonArray("rows").stream().map(v -> v.asJsonObject()).map(r -> r.getString("group") + "=" + r.getInt("respondents")))
        .containsExactlyInAnyOrder("NACE_Q=3", "NONE=3");
    browser.open("/platform/plugin/survey/campaigns");
    fields.click(By.xpath("//vaadin-grid[@id='campaigns-grid']//vaadin-grid-cell-content[normalize-space()='Missions needs assessment " + code + "']"));
    fields.click("campaign-results");
    browser.waitFor(By.xpath("//*[@id='campaign-results']//*[contains(., 'Are you involved in a mission?')]"));
  }

  /** The editor is drawn anew for the selected question: wait for the new drawing before typing into it. */
  private static void editing(Browser browser, String code) {
    browser.waitUntil(d -> code.equals(d.findElement(By.cssSelector("#builder-question-code input")).getDomProperty("value")));
  }

  private static void status(Browser browser, String text) {
    browser.waitUntil(d -> d.findElement(By.id("builder-status")).getText().equals(text));
  }
}

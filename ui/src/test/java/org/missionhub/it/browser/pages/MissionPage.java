package org.missionhub.it.browser.pages;

import org.missionhub.it.browser.Browser;
import org.openqa.selenium.By;

/** One mission's workspace and its tabs. */
public final class MissionPage {

  private final Browser browser;
  private final Fields fields;

  MissionPage(Browser browser) {
    this.browser = browser;
    this.fields = new Fields(browser);
  }

  public static MissionPage open(Browser browser, String missionId) {
    browser.open("/missions/" + missionId);
    browser.waitFor(By.cssSelector("#mission-title, #mission-not-found"));
    return new MissionPage(browser);
  }

  public boolean isNotFound() {
    return !browser.driver().findElements(By.id("mission-not-found")).isEmpty();
  }

  public String title() {
    return fields.text("mission-title");
  }

  public String phase() {
    return fields.text("mission-phase");
  }

  public String missionId() {
    String url = browser.url();
    return url.substring(url.lastIndexOf('/') + 1);
  }

  public MissionPage tab(String id) {
    fields.click(id);
    return this;
  }

  /** True once a grid shows a cell with exactly this text. */
  public boolean gridShows(String gridId, String text) {
    browser.waitFor(By.xpath("//vaadin-grid[@id='" + gridId + "']//vaadin-grid-cell-content[normalize-space()=" + Fields.literal(text) + "]"));
    return true;
  }

  public MissionPage invitePartner(String search, String organisationName) {
    tab("tab-partners");
    fields.pick("partner-organisation", search, organisationName);
    fields.click("partner-invite");
    gridShows("partners", organisationName);
    return this;
  }

  public MissionPage assignRole(String personSearch, String personName, String role) {
    tab("tab-people");
    fields.pick("role-person", personSearch, personName);
    fields.choose("role-role", role);
    fields.click("role-assign");
    browser.waitFor(By.xpath("//vaadin-grid[@id='roles']//vaadin-grid-cell-content[normalize-space()=" + Fields.literal(personName) + "]"));
    return this;
  }

  /** Records and adopts the gate decision the Governance tab proposes; returns the new phase label. */
  public String adoptGateDecision() {
    tab("tab-governance");
    String before = phase();
    fields.click("gate-decision");
    browser.waitFor(By.id("decision-title"));
    fields.click("decision-save");
    browser.waitUntil(d -> !phase().equals(before));
    return phase();
  }

  public MissionPage addRisk(String title, String category, String likelihood, String impact) {
    tab("tab-governance");
    fields.click("add-risk");
    fields.type("risk-title", title);
    fields.choose("risk-category", category);
    fields.choose("risk-likelihood", likelihood);
    fields.choose("risk-impact", impact);
    fields.click("risk-save");
    gridShows("risks", title);
    return this;
  }

  public String riskCell(int likelihood, int impact) {
    return fields.text("risk-cell-" + likelihood + "-" + impact);
  }
}

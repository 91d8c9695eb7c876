package org.missionhub.it.browser.pages;

import org.missionhub.it.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Filling Vaadin fields the way a person does: typing, opening a list and choosing an entry. */
public final class Fields {

  private final Browser browser;

  public Fields(Browser browser) {
    this.browser = browser;
  }

  public void type(String id, String text) {
    WebElement input = browser.waitFor(By.cssSelector("#" + id + " input, #" + id + " textarea"));
    reveal(input);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text);
  }

  /** Opens a Select and chooses the entry with this label. */
  public void choose(String id, String label) {
    WebElement select = browser.waitFor(By.id(id));
    reveal(select);
    select.click();
    // the entry in the list just opened: another Select's closed list may hold the same label
    WebElement item = browser.waitFor(By.xpath("//vaadin-select-overlay[@opened]//vaadin-select-item[normalize-space()=" + literal(label) + "]"));
    // a long list (twelve months) opens scrolled to its top: the entry may be below the fold
    reveal(item);
    item.click();
    browser.waitUntil(d -> d.findElements(By.cssSelector("vaadin-select-overlay[opened]")).isEmpty());
  }

  /** Types into a ComboBox (or multi-select one) and chooses the first entry containing the text. */
  public void pick(String id, String search, String entryContains) {
    WebElement input = browser.waitFor(By.cssSelector("#" + id + " input"));
    input.sendKeys(search);
    browser
        .waitFor(By.xpath("(//vaadin-combo-box-item | //vaadin-multi-select-combo-box-item)[contains(., " + literal(entryContains) + ")]"))
        .click();
    input.sendKeys(Keys.ESCAPE);
  }

  public void click(String id) {
    // scrolled into view first: an element above a long page's scrolled layout does not count as visible
    browser.waitUntil(d -> !d.findElements(By.id(id)).isEmpty());
    reveal(browser.driver().findElement(By.id(id)));
    WebElement element = browser.waitFor(By.id(id));
    element.click();
  }

  /** Clicks what the locator finds (a grid's cell, say), scrolled to the middle of the window first. */
  public void click(By locator) {
    reveal(browser.waitFor(locator));
    browser.waitFor(locator).click();
  }

  /** Long pages scroll inside the application's layout, which Selenium's own scrolling does not always reach. */
  private void reveal(WebElement element) {
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
  }

  /** Gives a vaadin-upload a file (its file input, in its light or shadow DOM), after clearing the files it holds. */
  public void upload(String id, java.nio.file.Path file) {
    WebElement upload = browser.waitFor(By.id(id));
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    js.executeScript("arguments[0].files = [];", upload);
    WebElement input = (WebElement) js.executeScript(
        "const u = arguments[0]; return u.querySelector('input[type=file]') || u.shadowRoot.querySelector('input[type=file]');", upload);
    input.sendKeys(file.toAbsolutePath().toString());
  }

  public String text(String id) {
    return browser.waitFor(By.id(id)).getText();
  }

  /** An XPath string literal for any text. */
  static String literal(String text) {
    return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
  }
}

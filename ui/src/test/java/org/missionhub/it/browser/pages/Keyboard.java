package org.missionhub.it.browser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.missionhub.it.browser.Browser;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Operating the UI as a keyboard-only user does: Tab to move, Enter, Space and arrows to act, typing into
 * whatever has the focus. Never clicks.
 */
public final class Keyboard {

  /** The path from the focused element up, for messages ("INPUT < VAADIN-TEXT-FIELD#title < ..."). */
  private static final String FOCUS_PATH =
      "let e = document.activeElement; let p = [];"
          + " while (e && p.length < 5) { p.push(e.tagName + (e.id ? '#' + e.id : ''));"
          + " e = e.parentElement || (e.getRootNode() && e.getRootNode().host); }"
          + " return p.join(' < ');";

  /** Whether the focus is on the element with this id or inside it (Vaadin fields wrap their inputs). */
  private static final String HAS_FOCUS =
      "const target = document.getElementById(arguments[0]); if (!target) return false;"
          + " let e = document.activeElement;"
          + " while (e) { if (e === target) return true; e = e.parentElement || (e.getRootNode() && e.getRootNode().host); }"
          + " return false;";

  /**
   * Whether the focused element shows the focus: it (found through shadow roots) or a host around it
   * matches :focus-visible, or carries Vaadin's focus-ring attribute for keyboard focus.
   */
  private static final String FOCUS_SHOWN =
      "let e = document.activeElement;"
          + " while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }"
          + " while (e) { if (e.matches && (e.matches(':focus-visible') || e.hasAttribute('focus-ring'))) return true;"
          + " e = e.parentElement || (e.getRootNode() && e.getRootNode().host); }"
          + " return false;";

  private static final int MAX_TABS = 60;

  private final Browser browser;

  public Keyboard(Browser browser) {
    this.browser = browser;
  }

  public boolean hasFocus(String id) {
    return Boolean.TRUE.equals(script(HAS_FOCUS, id));
  }

  private String focusPath() {
    return (String) script(FOCUS_PATH);
  }

  private Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
  }

  /** Presses Tab until the element with this id has the focus, and checks that the focus is visible. */
  public Keyboard tabTo(String id) {
    for (int i = 0; i < MAX_TABS && !hasFocus(id); i++) {
      press(Keys.TAB);
    }
    assertThat(hasFocus(id)).as("reaching %s with Tab (the focus is on %s)", id, focusPath()).isTrue();
    assertThat(script(FOCUS_SHOWN)).as("visible focus on %s", id).isEqualTo(Boolean.TRUE);
    return this;
  }

  /** Presses an arrow key until the element with this id has the focus (within tabs, menus, lists). */
  public Keyboard arrowTo(Keys arrow, String id) {
    for (int i = 0; i < 20 && !hasFocus(id); i++) {
      press(arrow);
    }
    assertThat(hasFocus(id)).as("reaching %s with arrows (the focus is on %s)", id, focusPath()).isTrue();
    return this;
  }

  public Keyboard press(CharSequence... keys) {
    new Actions(browser.driver()).sendKeys(keys).perform();
    return this;
  }

  public Keyboard type(String text) {
    return press(text);
  }
}

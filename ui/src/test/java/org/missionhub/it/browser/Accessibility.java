package org.missionhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import org.missionhub.it.support.ItEnvironment;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page the browser shows and fails on any serious or
 * critical violation, naming the rule, why it matters and the elements concerned.
 */
public final class Accessibility {

  private static final List<String> BLOCKING = List.of("serious", "critical");

  private Accessibility() {}

  public static void assertNoSeriousViolations(Browser browser, String page) {
    // an overlay still animating open (Vaadin marks it [opening]) blends its colours with the page's
    browser.waitUntil(d -> d.findElements(By.cssSelector("[opening]")).isEmpty());
    JsonArray violations = violations(browser);
    List<String> blocking =
        violations.stream()
            .map(v -> v.asJsonObject())
            .filter(v -> BLOCKING.contains(v.getString("impact", "")))
            .map(Accessibility::describe)
            .toList();
    assertThat(blocking).as("serious or critical accessibility violations on %s", page).isEmpty();
  }

  static JsonArray violations(Browser browser) {
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    js.executeScript(script());
    Object result =
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
                + " resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations)))"
                + ".catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));");
    try (var reader = Json.createReader(new StringReader(String.valueOf(result)))) {
      return reader.readArray();
    }
  }

  private static String describe(JsonObject violation) {
    String nodes =
        violation.getJsonArray("nodes").stream()
            .limit(5)
            .map(n -> n.asJsonObject().getJsonArray("target").toString() + " " + n.asJsonObject().getString("failureSummary", ""))
            .collect(Collectors.joining("\n    "));
    return violation.getString("id") + " (" + violation.getString("impact") + "): " + violation.getString("help") + "\n    " + nodes;
  }

  private static String script() {
    try {
      return Files.readString(ItEnvironment.axeScript());
    } catch (IOException e) {
      throw new UncheckedIOException("axe-core is missing: run infra/browser/fetch-axe.sh " + ItEnvironment.axeScript(), e);
    }
  }
}

package org.missionhub.it.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.missionhub.it.support.ItEnvironment;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's, with its chromedriver) for one test, injected as a parameter (a test that takes
 * two gets two: two people at once). On failure
 * it keeps a screenshot and the page source in target/browser-failures for the CI artifacts. A test whose
 * pages had anything refused by MissionHub's Content-Security-Policy fails, with what was refused.
 */
public final class Browser implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

  private final WebDriver driver;
  private final WebDriverWait wait;

  /** Used by JUnit only. */
  public Browser() {
    this.driver = null;
    this.wait = null;
  }

  private Browser(WebDriver driver) {
    this.driver = driver;
    // pages re-render (Vaadin replaces components, a language change reloads): an element can go stale, or
    // its node leave the document, between finding and reading it; keep polling until the timeout
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    this.wait.ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class);
  }

  public void open(String path) {
    driver.get(ItEnvironment.baseUrl() + path);
  }

  public WebElement waitFor(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  public <T> T waitUntil(Function<WebDriver, T> condition) {
    return wait.until(condition::apply);
  }

  /**
   * With -Dmissionhub.it.screenshots=true, keeps the page as it is now as target/browser-screenshots/{name}.png
   * (the user guide's pictures are taken this way); otherwise does nothing.
   */
  public void keepScreenshot(String name) {
    if (!Boolean.getBoolean("missionhub.it.screenshots")) {
      return;
    }
    try {
      Path folder = Path.of("target", "browser-screenshots");
      Files.createDirectories(folder);
      Files.write(folder.resolve(name + "-" + ItEnvironment.database() + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    long wanted = java.util.Arrays.stream(context.getRequiredTestMethod().getParameterTypes()).filter(t -> t == Browser.class).count();
    List<Browser> browsers = new java.util.ArrayList<>();
    for (int i = 0; i < Math.max(1, wanted); i++) {
      browsers.add(new Browser(startChromium()));
    }
    context.getStore(NAMESPACE).put("browsers", browsers);
  }

  private static WebDriver startChromium() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1280,900", "--lang=en-GB",
        "--user-data-dir=" + System.getProperty("java.io.tmpdir") + "/missionhub-chromium-" + UUID.randomUUID());
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "en-GB,en"));
    // the console, where Chromium reports what the Content-Security-Policy refused (checked after each test)
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
    return new ChromeDriver(service, options);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void afterEach(ExtensionContext context) {
    List<Browser> browsers = (List<Browser>) context.getStore(NAMESPACE).remove("browsers", List.class);
    if (browsers == null) {
      return;
    }
    List<String> refused = new java.util.ArrayList<>();
    for (int i = 0; i < browsers.size(); i++) {
      Browser browser = browsers.get(i);
      String suffix = i == 0 ? "" : "-" + (i + 1);
      try {
        if (context.getExecutionException().isPresent()) {
          keepEvidence(browser.driver, context, "browser-failures", suffix);
        } else {
          refused.addAll(policyViolations(browser.driver));
          if (Boolean.getBoolean("missionhub.it.screenshots")) {
            // -Dmissionhub.it.screenshots=true keeps how each passing test ended, to look at (and for the user guide)
            keepEvidence(browser.driver, context, "browser-screenshots", suffix);
          }
        }
      } finally {
        browser.driver.quit();
      }
    }
    if (!refused.isEmpty()) {
      throw new AssertionError("MissionHub's Content-Security-Policy refused something on its pages:\n" + String.join("\n", refused));
    }
  }

  /** What the Content-Security-Policy of MissionHub's own pages refused (Keycloak's pages are Keycloak's). */
  private static List<String> policyViolations(WebDriver driver) {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(message -> message.contains("Content Security Policy") && message.startsWith(ItEnvironment.baseUrl()))
        .toList();
  }

  private static void keepEvidence(WebDriver driver, ExtensionContext context, String folderName, String suffix) {
    try {
      Path folder = Path.of("target", folderName);
      Files.createDirectories(folder);
      String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName() + "-" + ItEnvironment.database() + suffix;
      Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      Files.writeString(folder.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
    } catch (IOException | RuntimeException e) {
      System.err.println("Could not keep the browser's evidence: " + e);
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Browser.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    // the n-th Browser parameter gets the n-th browser
    java.lang.reflect.Parameter[] all = parameter.getDeclaringExecutable().getParameters();
    int position = 0;
    for (int i = 0; i < parameter.getIndex(); i++) {
      if (all[i].getType() == Browser.class) {
        position++;
      }
    }
    return ((List<?>) context.getStore(NAMESPACE).get("browsers", List.class)).get(position);
  }
}

package vn.sotay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.sotay.Engine;
import vn.sotay.corpus.InternalCorpus;
import vn.sotay.search.InternalGrants;

/**
 * An official on the page in headless Chromium (skipped where it is missing): nothing internal before logging in, a
 * wrong token said so, the right one shows internal documents marked "Nội bộ" (in results and the document view),
 * log-out hides them again. The token never becomes readable to the page's script.
 */
class InternalAccessBrowserTest {
  static final String TOKEN = "van-phong-tinh-uy-7f3a9c2e";
  @TempDir static Path work;
  static Engine engine;
  static WebServer server;
  static ChromeDriver browser;
  static WebDriverWait wait;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(HeadlessChromium.installed(), "no chromium/chromedriver here");
    InternalCorpus.write(work.resolve("corpus"));
    engine = Engine.open(List.of(work.resolve("corpus")), work.resolve("index"));
    server = new WebServer(engine.library(), engine.assistant(), engine.maintenance(), WebConfig.local(0)
        .withRequestsPerMinute(0).withGrants(new InternalGrants(List.of(TOKEN), Set.of(), Set.of()))).start();
    base = "http://127.0.0.1:" + server.port();
    browser = HeadlessChromium.start(work.resolve("chrome"));
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) browser.quit();
    if (server != null) server.close();
    if (engine != null) engine.close();
  }

  static String status() {
    return browser.findElement(By.id("status")).getText();
  }

  static void logIn(String token) {
    browser.findElement(By.id("access-open")).click();
    WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("access-token")));
    field.clear();
    field.sendKeys(token);
    browser.findElement(By.cssSelector("#access-form button[type=submit]")).click();
  }

  @Test
  void anOfficialLogsInSeesInternalDocumentsMarkedAndLogsOut() throws Exception {
    browser.get(base + "/?q=" + URLEncoder.encode(InternalCorpus.PLAN_WORD, StandardCharsets.UTF_8));
    wait.until(d -> status().startsWith("Không tìm thấy"));
    assertTrue(browser.findElements(By.cssSelector(".hit")).isEmpty());
    assertFalse(browser.findElement(By.id("access-badge")).isDisplayed());

    logIn("ma-sai-khong-duoc-cap-quyen");
    wait.until(d -> status().contains("không đúng"));
    assertFalse(browser.findElement(By.id("access-badge")).isDisplayed());

    browser.findElement(By.id("access-token")).clear();
    browser.findElement(By.id("access-token")).sendKeys(TOKEN);
    browser.findElement(By.cssSelector("#access-form button[type=submit]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("access-badge")));
    List<WebElement> hits = wait.until(d -> {
      List<WebElement> found = d.findElements(By.cssSelector(".hit"));
      return found.isEmpty() ? null : found;
    });
    for (WebElement hit : hits) {
      assertEquals("Nội bộ", hit.findElement(By.cssSelector("h3 .badge-noi-bo")).getText(), hit.getText());
    }
    assertEquals("", browser.findElement(By.id("access-token")).getAttribute("value"), "the field is emptied");
    Cookie cookie = browser.manage().getCookieNamed(AccessHandlers.COOKIE);
    assertTrue(cookie.isHttpOnly());
    assertEquals("", String.valueOf(browser.executeScript("return document.cookie")), "the script cannot read it");
    HeadlessChromium.screenshot(browser, "noi-bo-ket-qua");

    hits.get(0).findElement(By.cssSelector("a.hit-link")).click();
    WebElement header = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".document header")));
    assertEquals("Nội bộ", header.findElement(By.cssSelector(".badge-noi-bo")).getText());
    HeadlessChromium.screenshot(browser, "noi-bo-van-ban");

    browser.findElement(By.id("access-logout")).click();
    wait.until(d -> !d.findElement(By.id("access-badge")).isDisplayed());
    wait.until(d -> d.findElement(By.id("document")).getText().contains("Không mở được văn bản"));
    assertEquals("Không có văn bản này trong kho.", status(), "the open document is gone, as if it never existed");
    assertTrue(browser.findElement(By.id("access-open")).isDisplayed());
  }
}

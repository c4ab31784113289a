package vn.sotay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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

  static String status(ChromeDriver browser) {
    return browser.findElement(By.id("status")).getText();
  }

  static void logIn(HeadlessChromium.Page page, String token) {
    if (!page.browser().findElement(By.id("access-token")).isDisplayed()) page.browser().findElement(By.id("access-open")).click();
    WebElement field = page.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("access-token")));
    field.clear();
    field.sendKeys(token);
    page.browser().findElement(By.cssSelector("#access-form button[type=submit]")).click();
  }

  @Test
  void anOfficialLogsInSeesInternalDocumentsMarkedAndLogsOut(@TempDir Path work) throws Exception {
    assumeTrue(HeadlessChromium.installed(), "no chromium/chromedriver here");
    WebConfig config = WebConfig.local(0).withRequestsPerMinute(0)
        .withGrants(new InternalGrants(List.of(TOKEN), Set.of(), Set.of()));
    try (Engine engine = InternalCorpus.engine(work);
        HeadlessChromium.Page page = HeadlessChromium.open(
            new WebServer(engine.library(), engine.assistant(), engine.maintenance(), config).start(), work.resolve("chrome"))) {
      ChromeDriver browser = page.browser();
      WebDriverWait wait = page.waiting();
      browser.get(page.base() + "/?q=" + URLEncoder.encode(InternalCorpus.PLAN_WORD, StandardCharsets.UTF_8));
      wait.until(d -> status(browser).startsWith("Không tìm thấy"));
      assertTrue(browser.findElements(By.cssSelector(".hit")).isEmpty());
      assertFalse(browser.findElement(By.id("access-badge")).isDisplayed());

      logIn(page, "ma-sai-khong-duoc-cap-quyen");
      wait.until(d -> status(browser).contains("không đúng"));
      assertFalse(browser.findElement(By.id("access-badge")).isDisplayed());

      logIn(page, TOKEN);
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
      wait.until(d -> d.findElement(By.id("document")).getText().contains("Không mở được văn bản"));
      assertEquals("Không có văn bản này trong kho.", status(browser), "the open document is gone, as if it never existed");
      assertFalse(browser.findElement(By.id("access-badge")).isDisplayed());
      assertTrue(browser.findElement(By.id("access-open")).isDisplayed());
    }
  }
}

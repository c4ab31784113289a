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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.sotay.Engine;

/**
 * The page in headless Chromium (Debian's chromium and chromium-driver; skipped where they are missing): a
 * question gets its cited answer, a citation opens the document on the highlighted passage, filters narrow the
 * hits, typing without diacritics works, "/" and the suggestions work from the keyboard. Screenshots go to
 * target/screenshots/.
 */
class BrowserFlowTest {
  @TempDir static Path work;
  static Engine engine;
  static WebServer server;
  static ChromeDriver browser;
  static WebDriverWait wait;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(HeadlessChromium.installed(), "no chromium/chromedriver here");
    engine = Engine.open(List.of(Path.of("corpus")), work.resolve("index"));
    server = new WebServer(engine.library(), engine.assistant(), engine.maintenance(), WebConfig.local(0).withRequestsPerMinute(0)).start();
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

  static void open(String q) {
    browser.get(base + "/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
  }

  static void screenshot(String name) throws Exception {
    HeadlessChromium.screenshot(browser, name);
  }

  @Test
  void aQuestionGetsACitedAnswerAndTheCitationOpensTheHighlightedPassage() throws Exception {
    open("9 nhiệm vụ trọng tâm là gì?");
    WebElement answer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answer")));
    wait.until(d -> !answer.findElements(By.cssSelector(".citations li")).isEmpty());
    assertFalse(answer.findElement(By.cssSelector(".lead")).getText().isBlank());
    screenshot("cau-hoi");
    WebElement citation = answer.findElement(By.cssSelector(".citations a.citation-link"));
    String href = citation.getAttribute("href");
    String anchor = href.substring(href.indexOf('#') + 1);
    citation.click();
    WebElement target = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".section.target")));
    assertEquals(anchor, target.getAttribute("id"));
    assertTrue(browser.getCurrentUrl().contains("/documents/"));
    assertFalse(browser.findElements(By.cssSelector(".toc a")).isEmpty(), "a table of contents");
    screenshot("van-ban-doan-duoc-trich");
  }

  @Test
  void filtersNarrowTheHitsAndLiveInTheUrl() throws Exception {
    open("chuyển đổi số");
    wait.until(d -> !d.findElements(By.cssSelector(".hit")).isEmpty());
    WebElement directive = wait.until(d -> d.findElements(By.cssSelector("button.facet[data-facet='type']")).stream()
        .filter(b -> b.getText().startsWith("Chỉ thị")).findFirst().orElse(null));
    directive.click();
    wait.until(d -> d.getCurrentUrl().contains("type="));
    wait.until(d -> d.findElements(By.cssSelector("button.facet[aria-pressed='true']")).size() == 1);
    List<WebElement> hits = browser.findElements(By.cssSelector(".hit h3"));
    assertFalse(hits.isEmpty());
    for (WebElement h : hits) assertTrue(h.getText().startsWith("Chỉ thị"), h.getText());
    screenshot("loc-theo-loai");
  }

  @Test
  void newestFirstIsAChoiceThatLivesInTheUrl() throws Exception {
    open("chuyển đổi số");
    WebElement newest = wait.until(d -> d.findElements(By.cssSelector("button.sort-option[data-sort='moi-nhat']")).stream()
        .findFirst().orElse(null));
    assertEquals("false", newest.getAttribute("aria-pressed"));
    newest.click();
    wait.until(d -> d.getCurrentUrl().contains("sort=moi-nhat"));
    wait.until(d -> "true".equals(d.findElement(By.cssSelector("button.sort-option[data-sort='moi-nhat']"))
        .getAttribute("aria-pressed")));
    wait.until(d -> !d.findElements(By.cssSelector(".hit")).isEmpty());
    browser.navigate().refresh();
    wait.until(d -> "true".equals(d.findElement(By.cssSelector("button.sort-option[data-sort='moi-nhat']"))
        .getAttribute("aria-pressed")));
    screenshot("moi-nhat");
  }

  @Test
  void typingWithoutDiacriticsFindsTheAccentedText() throws Exception {
    open("chin nhiem vu trong tam");
    WebElement first = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".hit .snippet")));
    assertTrue(first.getText().contains("9 nhiệm vụ trọng tâm"), first.getText());
    assertFalse(first.findElements(By.tagName("mark")).isEmpty(), "matched words are highlighted");
    assertTrue(browser.findElement(By.id("status")).getText().startsWith("Tìm thấy"));
    screenshot("khong-dau");
  }

  @Test
  void slashFocusesTheBoxAndSuggestionsOpenADocument() throws Exception {
    browser.get(base + "/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
    browser.findElement(By.tagName("body")).sendKeys("/");
    WebElement box = browser.switchTo().activeElement();
    assertEquals("q", box.getAttribute("id"));
    box.sendKeys("nq 05");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#suggestions li")));
    screenshot("goi-y");
    box.sendKeys(Keys.ARROW_DOWN);
    assertEquals("true", browser.findElement(By.cssSelector("#suggestions li")).getAttribute("aria-selected"));
    box.sendKeys(Keys.ENTER);
    wait.until(d -> d.getCurrentUrl().contains("/documents/mau/nghi-quyet-05-nq-tu"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".document h1")));
  }

  @Test
  void aCitationIsCopiedInTheOfficialStyle() throws Exception {
    browser.get(base + "/documents/mau/nghi-quyet-05-nq-tu#iii-2");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".section.target")));
    browser.findElement(By.id("copy-citation")).click();
    wait.until(d -> d.findElement(By.id("status")).getText().startsWith("Đã sao chép"));
    assertEquals("Đã sao chép: Nghị quyết số 05-NQ/TU ngày 15/3/2023 của Tỉnh ủy Sơn Hà về phát triển nguồn nhân lực tỉnh"
        + " Sơn Hà giai đoạn 2023-2030, tầm nhìn đến năm 2045, mục III.2", browser.findElement(By.id("status")).getText());
  }

  @Test
  void onAPhoneTheAnswerFitsTheScreen() throws Exception {
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    try {
      open("chin nhiem vu trong tam la gi");
      wait.until(d -> !d.findElements(By.cssSelector("#answer .citations li")).isEmpty());
      Object overflow = browser.executeScript(
          "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertEquals(0L, ((Number) overflow).longValue(), "no sideways scrolling");
      screenshot("dien-thoai");
    } finally {
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }
  }

  @Test
  void printingShowsTheDocumentWithoutTheControls() throws Exception {
    browser.get(base + "/documents/mau/nghi-quyet-05-nq-tu");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".document h1")));
    browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
    try {
      assertFalse(browser.findElement(By.id("search-form")).isDisplayed(), "no search box on paper");
      assertFalse(browser.findElement(By.cssSelector(".document .tools")).isDisplayed(), "no buttons on paper");
      assertTrue(browser.findElement(By.cssSelector(".document .sections")).isDisplayed());
      screenshot("ban-in");
    } finally {
      browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
    }
  }
}

package vn.sotay.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's chromium and chromium-driver for browser tests: never downloads, a fresh profile per test class. */
final class HeadlessChromium {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private HeadlessChromium() {}

  static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
  }

  static ChromeDriver start(Path profile) throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
        "--window-size=1280,900", "--user-data-dir=" + Files.createDirectories(profile));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  /** A started server with a browser to visit it; close() quits the browser and stops the server. */
  record Page(WebServer server, ChromeDriver browser, WebDriverWait waiting, String base) implements AutoCloseable {
    @Override
    public void close() {
      browser.quit();
      server.close();
    }
  }

  static Page open(WebServer started, Path profile) throws IOException {
    ChromeDriver browser = start(profile);
    return new Page(started, browser, new WebDriverWait(browser, Duration.ofSeconds(15)), "http://127.0.0.1:" + started.port());
  }

  /** Saves what the browser shows to target/screenshots/NAME.png. */
  static void screenshot(ChromeDriver browser, String name) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "screenshots"));
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}

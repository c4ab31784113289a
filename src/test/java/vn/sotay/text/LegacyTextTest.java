package vn.sotay.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LegacyTextTest {
  @Test
  void tcvn3TextBecomesUnicode() {
    assertEquals("Nghị quyết của Tỉnh ủy", LegacyText.repair("NghÞ quyÕt cña TØnh ñy"));
    assertEquals("Đảng bộ", LegacyText.repair("§¶ng bé"));
    assertEquals("Hội đồng nhân dân", LegacyText.repair("Héi ®ång nh©n d©n"));
  }

  @Test
  void vniTextBecomesUnicode() {
    assertEquals("Nghị quyết", LegacyText.repair("Nghò quyeát"));
    assertEquals("Việt Nam", LegacyText.repair("Vieät Nam"));
    assertEquals("Đảng", LegacyText.convert("Ñaûng", LegacyEncoding.VNI));
    assertEquals("Ủy ban nhân dân", LegacyText.repair("UÛy ban nhaân daân"));
  }

  @Test
  void unicodeAndOtherLanguagesAreLeftAlone() {
    assertEquals("Señor Müller", LegacyText.repair("Señor Müller"));
    assertEquals("Nghị quyết số 05", LegacyText.repair("Nghị quyết số 05"));
    assertTrue(LegacyText.detect("plain ASCII text").isEmpty());
  }

  @Test
  void fontNamesTellTheEncoding() {
    assertEquals(LegacyEncoding.TCVN3, LegacyText.fromFontName(".VnTime").orElseThrow());
    assertEquals(LegacyEncoding.TCVN3, LegacyText.fromFontName("ABCDEF+.VnTimeH").orElseThrow());
    assertEquals(LegacyEncoding.VNI, LegacyText.fromFontName("VNI-Times").orElseThrow());
    assertTrue(LegacyText.fromFontName("Times New Roman").isEmpty());
  }

  @Test
  void theShippedTcvn3SampleReads() throws Exception {
    Path sample = Path.of("corpus", "mau", "chi-thi-12-ct-tu.tcvn3.txt");
    String latin1 = new String(Files.readAllBytes(sample), StandardCharsets.ISO_8859_1);
    assertEquals(LegacyEncoding.TCVN3, LegacyText.detect(latin1).orElseThrow());
    String text = LegacyText.convert(latin1, LegacyEncoding.TCVN3);
    assertTrue(text.contains("chuyển đổi số"), text.substring(0, 300));
  }
}

package vn.sotay.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseNormalizerTest {
  @Test
  void decomposedTextBecomesComposed() {
    String nfd = Normalizer.normalize("Nghị quyết", Normalizer.Form.NFD);
    assertEquals("Nghị quyết", VietnameseNormalizer.normalize(nfd));
  }

  @Test
  void lookAlikeEthBecomesDWithStroke() {
    assertEquals("ĐẢNG đảng", VietnameseNormalizer.normalize("\u00D0ẢNG \u00F0ảng"));
  }

  @Test
  void oddSpacesAndInvisibleCharactersAreCleaned() {
    assertEquals("Tỉnh ủy Sơn Hà", VietnameseNormalizer.normalize("Tỉnh\u00A0ủy\u200B Sơn\u2009Hà\uFEFF"));
    assertEquals("xãhội", VietnameseNormalizer.normalize("xã\u00ADhội"));
  }

  @Test
  void caseAndCleanTextAreKept() {
    String clean = "NGHỊ QUYẾT số 05-NQ/TU";
    assertEquals(clean, VietnameseNormalizer.normalize(clean));
  }
}

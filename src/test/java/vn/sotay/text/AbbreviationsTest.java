package vn.sotay.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AbbreviationsTest {
  @Test
  void expandsInAnyCaseUnlessAmbiguous() {
    assertEquals("Ủy ban nhân dân", Abbreviations.expand("UBND"));
    assertEquals("Ủy ban nhân dân", Abbreviations.expand("ubnd"));
    assertEquals("Hội đồng nhân dân", Abbreviations.expand("hdnd"));
    assertEquals("Hội đồng nhân dân", Abbreviations.expand("HĐND,"));
    assertEquals("Tỉnh ủy", Abbreviations.expand("TU"));
    assertNull(Abbreviations.expand("tu"));
    assertNull(Abbreviations.expand("ct"));
    assertEquals("Chỉ thị", Abbreviations.expand("CT"));
    assertEquals("kinh tế - xã hội", Abbreviations.expand("KT-XH"));
    assertNull(Abbreviations.expand("05-NQ/TU"));
  }

  @Test
  void rewritesWholeTexts() {
    assertEquals("Ủy ban nhân dân tỉnh chủ trì", Abbreviations.expandAll("UBND tỉnh chủ trì"));
    assertEquals("tu dưỡng đạo đức", Abbreviations.expandAll("tu dưỡng đạo đức"));
    assertEquals("UBND tỉnh chủ trì", Abbreviations.abbreviateAll("Ủy ban nhân dân tỉnh chủ trì"));
    assertEquals("HĐND tinh", Abbreviations.abbreviateAll("hoi dong nhan dan tinh"));
  }
}

package vn.sotay.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RomanNumeralsTest {
  @Test
  void parsesWellFormedNumeralsOnly() {
    assertEquals(14, RomanNumerals.parse("XIV").getAsInt());
    assertEquals(13, RomanNumerals.parse("xiii").getAsInt());
    assertEquals(1999, RomanNumerals.parse("MCMXCIX").getAsInt());
    for (String bad : new String[] {"IIII", "VX", "IC", "", "XIVa", "MMMM"}) assertTrue(RomanNumerals.parse(bad).isEmpty(), bad);
    for (int n = 1; n < 4000; n++) assertEquals(n, RomanNumerals.parse(RomanNumerals.format(n)).getAsInt());
  }

  @Test
  void rewritesOnlyAfterCueWords() {
    assertEquals("Đại hội 13 của Đảng", RomanNumerals.toDigitsAfterCues("Đại hội XIII của Đảng"));
    assertEquals("khóa 14, nhiệm kỳ", RomanNumerals.toDigitsAfterCues("khóa XIV, nhiệm kỳ"));
    assertEquals("lan thu 20", RomanNumerals.toDigitsAfterCues("lan thu XX"));
    assertEquals("vitamin C và mục 1", RomanNumerals.toDigitsAfterCues("vitamin C và mục I"));
    assertEquals("quý 4 năm 2023", RomanNumerals.toDigitsAfterCues("quý IV năm 2023"));
    assertEquals("tôi là I", RomanNumerals.toDigitsAfterCues("tôi là I"));
    assertEquals("khóa XIV", RomanNumerals.toRomanAfterCues("khóa 14"));
    assertEquals("năm 2023", RomanNumerals.toRomanAfterCues("năm 2023"));
  }
}

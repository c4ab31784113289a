package vn.sotay.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberWordsTest {
  @ParameterizedTest
  @CsvSource({
      "chín, 9", "mười, 10", "mười lăm, 15", "hai mươi, 20", "hai mươi tư, 24", "ba mươi mốt, 31",
      "hai mươi lăm, 25", "một trăm, 100", "một trăm linh năm, 105", "hai trăm lẻ tư, 204", "ba nghìn, 3000",
      "hai mươi nghìn, 20000", "một triệu hai trăm nghìn, 1200000", "hai muoi tu, 24", "chin, 9"})
  void readsNumbersInWords(String words, long value) {
    assertEquals(value, NumberWords.value(Arrays.asList(words.split(" "))).getAsLong());
  }

  @Test
  void refusesWhatIsNotOneNumber() {
    for (String s : new String[] {"hai ba", "linh", "nghìn", "trăm trăm", "nhiệm vụ"}) {
      assertTrue(NumberWords.value(Arrays.asList(s.split(" "))).isEmpty(), s);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "chín nhiệm vụ trọng tâm | 9 nhiệm vụ trọng tâm",
      "chin nhiem vu trong tam | 9 nhiem vu trong tam",
      "hai mươi tư giải pháp | 24 giải pháp",
      "bốn nhóm nhiệm vụ | 4 nhóm nhiệm vụ",
      "một trong ba khâu đột phá | một trong 3 khâu đột phá",
      "năm 2020 | năm 2020",
      "kế hoạch năm nay | kế hoạch năm nay",
      "kinh tế tư nhân | kinh tế tư nhân",
      "ba mẹ | ba mẹ"})
  void rewritesCountedNumberWordsOnly(String typed, String expected) {
    assertEquals(expected, NumberWords.toDigits(typed));
  }

  @Test
  void spellsCountedNumbers() {
    assertEquals("chín nhiệm vụ", NumberWords.toWords("9 nhiệm vụ"));
    assertEquals("hai mươi tư giải pháp", NumberWords.toWords("24 giải pháp"));
    assertEquals("năm 2020", NumberWords.toWords("năm 2020"));
    assertEquals("ba mươi mốt", NumberWords.spell(31));
    assertEquals("mười lăm", NumberWords.spell(15));
    for (int n = 1; n < 100; n++) assertEquals(n, NumberWords.value(Arrays.asList(NumberWords.spell(n).split(" "))).getAsLong());
  }
}

package vn.sotay.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypingDecoderTest {
  @ParameterizedTest
  @CsvSource({
      "nghij, nghị", "quyeets, quyết", "tinhr, tỉnh", "uyr, ủy", "ddangr, đảng", "nguoiwf, người",
      "truwowngf, trường", "hoaf, hòa", "vieetj, việt", "nghi5, nghị", "quye61t, quyết", "d9a3ng, đảng",
      "NGHIJ, nghị", "chuwa, chưa", "nhieemj, nhiệm"})
  void decodesTelexAndVniTyping(String typed, String expected) {
    assertEquals(Optional.of(expected), TypingDecoder.decode(typed));
  }

  @ParameterizedTest
  @ValueSource(strings = {"as", "ban", "xa", "tinh", "quyet", "nghị", "2023", "UBND", "http", "abcdefghijkl", "05-NQ/TU"})
  void leavesSyllablesAndOtherWordsAlone(String typed) {
    assertTrue(TypingDecoder.decode(typed).isEmpty(), typed);
  }
}

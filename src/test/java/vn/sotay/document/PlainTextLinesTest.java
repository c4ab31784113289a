package vn.sotay.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextLinesTest {
  @Test
  void linesEndAtEveryKindOfLineBreakAndKeepEmptyOnes() {
    for (String text : List.of("", "một", "a\r\nb\rc\n\nd\n", "\n\n", "\r\r\n\n", "x\r", "Điều 1.\r\n  Nội dung\r\n")) {
      assertEquals(List.of(text.split("\r\n|\r|\n", -1)), PlainTextReader.lines(text), text.replace("\r", "\\r").replace("\n", "\\n"));
    }
  }
}

package vn.sotay.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberQueryTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"05-NQ/TU", "05/NQ-TU", "nq 5 tu", "NQ 05 TU", "nghị quyết số 05-NQ/TU", "nghi quyet so 05 nq tu",
      "05 nq tu", "số 05-NQ/TU"})
  void everyWayOfTypingOneNumberGivesItsKey(String typed) {
    assertEquals("5-nq-tu", NumberQuery.parse(typed).orElseThrow().exactKey());
  }

  @Test
  void partialNumbersNameTheirParts() {
    NumberQuery nq57 = NumberQuery.parse("nq 57").orElseThrow();
    assertEquals("57", nq57.number());
    assertEquals("nq", nq57.type());
    assertNull(nq57.exactKey());
    NumberQuery nd = NumberQuery.parse("nghị định 30/2020").orElseThrow();
    assertEquals("30", nd.number());
    assertEquals("2020", nd.year());
    assertEquals("nd", nd.type());
    assertEquals("30-2020-nd-cp", NumberQuery.parse("30-2020-nd-cp").orElseThrow().exactKey());
    assertEquals("5", NumberQuery.parse("NQ05").orElseThrow().number());
    assertEquals("12", NumberQuery.parse("Chỉ thị số 12").orElseThrow().number());
    assertEquals("ct", NumberQuery.parse("chi thi 12").orElseThrow().type());
    NumberQuery programme = NumberQuery.parse("Chương trình hành động số 50").orElseThrow();
    assertEquals("50", programme.number());
    assertEquals("ctr", programme.type());
    assertEquals("1", NumberQuery.parse("nghị quyết liên tịch 01").orElseThrow().number());
  }

  @Test
  void aTypeNamedInWordsAfterTheNumberIsPartOfTheQuestionNotOfTheNumber() {
    assertEquals("qd", NumberQuery.find("Quyết định 25 quy định về việc gì?").orElseThrow().type());
    assertEquals("nq", NumberQuery.find("Nghị quyết 05 chỉ thị những gì?").orElseThrow().type());
    assertEquals("5-nq-tu", NumberQuery.find("nghị quyết số 05 NQ/TU về gì").orElseThrow().exactKey());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"9 nhiệm vụ trọng tâm là gì", "năm 2020", "Điều 5", "theo quy định tại khoản 2", "", "  "})
  void textThatIsNotANumberLookUp(String typed) {
    assertTrue(NumberQuery.parse(typed).isEmpty(), typed);
  }

  @Test
  void aNumberInsideAQuestionIsFound() {
    assertEquals("5", NumberQuery.find("Nghị quyết 05 về gì?").orElseThrow().number());
    assertEquals("5-nq-tu", NumberQuery.find("NQ 05-NQ/TU nói gì").orElseThrow().exactKey());
    assertTrue(NumberQuery.find("chín nhiệm vụ trọng tâm là gì").isEmpty());
  }
}

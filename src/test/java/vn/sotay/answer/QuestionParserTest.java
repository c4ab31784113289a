package vn.sotay.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionParserTest {
  private final QuestionParser parser = new QuestionParser();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "9 nhiệm vụ trọng tâm là gì?|LIST", "chin nhiem vu trong tam|LIST", "những giải pháp nào về nhân lực?|LIST",
      "các nhiệm vụ đến cuối năm 2023|LIST", "what are the 9 key tasks|LIST",
      "có bao nhiêu nhóm nhiệm vụ?|COUNT", "muc tieu tang truong GRDP bao nhieu|COUNT", "how many task groups?|COUNT",
      "Nghị quyết 05 về gì?|DOCUMENT", "NQ 05-NQ/TU|DOCUMENT", "Chỉ thị số 12|DOCUMENT", "nq 57|DOCUMENT",
      "30/2020/NĐ-CP|DOCUMENT", "Quyết định 25 có hiệu lực từ ngày nào?|WHEN",
      "ai chủ trì hội nghị?|WHO", "hoi nghi dien ra ngay nao|WHEN", "who chaired the conference?|WHO",
      "Chỉ thị 12 nói gì về tổ công nghệ số cộng đồng?|PASSAGE", "thông báo kết luận 88-TB/TU|DOCUMENT",
      "what does directive 12 say about community digital technology teams?|PASSAGE",
      "quỹ đất sạch phát triển công nghiệp|PASSAGE", "cho tôi hỏi về nhà ở công nhân với ạ|PASSAGE"})
  void recognisesTheKindOfQuestion(String question, Question.Kind kind) {
    assertEquals(kind, parser.parse(question).kind());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "tỷ lệ lao động qua đào tạo đạt bao nhiêu phần trăm?|tỷ lệ lao động qua đào tạo đạt",
      "ty le lao dong qua dao tao dat bao nhieu phan tram|ty le lao dong qua dao tao dat",
      "tăng trưởng GRDP bao nhiêu %|tăng trưởng GRDP %"})
  void aPercentageIsAskedForByItsSymbolAndItsWordsAreNotKeywords(String question, String keywords) {
    Question parsed = parser.parse(question);
    assertEquals("%", parsed.focus());
    assertEquals(keywords, parsed.keywords());
  }

  @Test
  void readsTheCountAndTheCountedNounAnyHowTyped() {
    for (String q : new String[] {"9 nhiệm vụ trọng tâm là gì?", "chín nhiệm vụ trọng tâm", "chin nhiem vu trong tam la gi"}) {
      Question parsed = parser.parse(q);
      assertEquals(9, parsed.count(), q);
      assertEquals("nhiem vu trong tam", parsed.noun(), q);
    }
    assertNull(parser.parse("những giải pháp nào?").count());
    assertNull(parser.parse("Chỉ thị 12 yêu cầu thực hiện những nội dung nào?").count(), "12 numbers the directive");
    assertNull(parser.parse("chuong trinh hanh dong so 50 nhiem vu gi").count());
    assertEquals("giai phap", parser.parse("những giải pháp nào?").noun());
    assertEquals("nhiem vu", parser.parse("Dự án Kỳ Lân gồm những nhiệm vụ nào?").noun(), "the noun asked for, not the first");
  }

  @Test
  void removesFillerAndQuestionWordsFromTheSearch() {
    assertEquals("về nhà ở công nhân", parser.parse("cho tôi hỏi về nhà ở công nhân với ạ").searchText());
    assertEquals("nhà ở công nhân", parser.parse("cho tôi hỏi về nhà ở công nhân với ạ").keywords());
    assertEquals("chủ trì hội nghị", parser.parse("Ai chủ trì hội nghị?").keywords());
    assertFalse(parser.parse("9 nhiệm vụ trọng tâm là gì?").keywords().contains("gì"));
  }

  @Test
  void mapsEnglishOntoTheDocumentsVietnamese() {
    Question q = parser.parse("what are the 9 key tasks of the resolution?");
    assertEquals("en", q.language());
    assertEquals("9 nhiệm vụ trọng tâm nghị quyết", q.keywords());
    assertEquals("vi", parser.parse("nghi quyet 05 ve gi").language());
    assertEquals("chuyển đổi số cấp xã", parser.parse("digital transformation at commune level").keywords());
  }
}

package vn.sotay.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotay.Engine;
import vn.sotay.search.InvalidQueryException;
import vn.sotay.search.Viewer;

/**
 * Each kind of question answered from real documents: the shipped samples, plus a news report that mentions
 * "7 nhiệm vụ trọng tâm" without listing them (the seed article does the same).
 */
class CitingAssistantTest {
  @TempDir static Path work;
  static Engine engine;
  static Assistant assistant;

  @BeforeAll
  static void start() throws Exception {
    Path news = Files.createDirectories(work.resolve("tin"));
    Files.writeString(news.resolve("bao-cao-hoi-nghi.txt"), """
        Tỉnh Lâm Xuyên tổng kết hội nghị giữa nhiệm kỳ

        05/08/2023 | 09:15 GMT+7

        Hội nghị do Bí thư Tỉnh ủy Lâm Xuyên Phạm Văn Đức chủ trì đã thống nhất 7 nhiệm vụ trọng tâm trên các lĩnh vực cho nửa cuối nhiệm kỳ.

        Về kinh tế, tỉnh tập trung thu hút đầu tư vào khu công nghiệp, hoàn thành các công trình giao thông trọng điểm.

        Về xã hội, tỉnh chăm lo giảm nghèo bền vững và nâng cao chất lượng giáo dục.

        MINH AN

        Viết bình luận mới
        """);
    Path law = Files.createDirectories(work.resolve("luat"));
    Files.writeString(law.resolve("luat-mau-giao-duc.txt"), """
        Điều 3. Các trình độ đào tạo của giáo dục đại học
        Giáo dục đại học đào tạo trình độ đại học, trình độ thạc sĩ, trình độ tiến sĩ.

        Điều 4. Thời gian đào tạo
        Thời gian đào tạo trình độ đại học từ 03 đến 05 năm học tùy theo ngành.

        Điều 5. Nhiệm vụ của nhà trường
        1. Tổ chức giảng dạy, học tập theo chương trình.
        2. Quản lý người học và viên chức của trường.
        3. Công khai cam kết chất lượng đào tạo.
        """);
    engine = Engine.open(List.of(Path.of("corpus"), news, law), work.resolve("index"));
    assistant = engine.assistant();
  }

  @AfterAll
  static void stop() throws Exception {
    engine.close();
  }

  @Test
  void aListQuestionGetsEveryItemInDocumentOrderEachCited() throws Exception {
    for (String q : List.of("9 nhiệm vụ trọng tâm là gì?", "chin nhiem vu trong tam ve nguon nhan luc",
        "what are the 9 key tasks for human resources?")) {
      Answer a = assistant.ask(q, Viewer.PUBLIC);
      assertEquals("list", a.kind(), q);
      assertEquals(9, a.items().size(), q);
      assertTrue(a.answer().startsWith("Nghị quyết số 05-NQ/TU nêu 9 nhiệm vụ trọng tâm"), a.answer());
      assertTrue(a.citations().get(0).quote().endsWith("9 nhiệm vụ trọng tâm sau:"), "the lead-in is cited first");
      for (int i = 0; i < 9; i++) {
        Answer.Item item = a.items().get(i);
        Answer.Citation c = a.citations().get(item.citation());
        assertTrue(c.quote().startsWith((i + 1) + ". "), c.quote());
        assertTrue(c.quote().endsWith(item.text()));
        assertEquals("/documents/mau/nghi-quyet-05-nq-tu#iii-" + (i + 1), c.url());
      }
    }
  }

  @Test
  void aListWithADifferentCountSaysSo() throws Exception {
    Answer a = assistant.ask("5 nhóm giải pháp phát triển nguồn nhân lực là gì?", Viewer.PUBLIC);
    assertEquals("list", a.kind());
    assertEquals(4, a.items().size());
    assertTrue(a.answer().contains("câu hỏi nêu 5, văn bản liệt kê 4"), a.answer());
  }

  @Test
  void aListSpreadOverSubHeadingsIsReturnedWhole() throws Exception {
    Answer a = assistant.ask("các nhiệm vụ của Chương trình hành động 50 thực hiện Nghị quyết Đại hội lần thứ XX là gì?", Viewer.PUBLIC);
    assertEquals("list", a.kind(), a.answer());
    assertEquals(24, a.items().size(), a.answer());
    assertTrue(a.items().get(23).text().startsWith("Phát huy vai trò của Mặt trận Tổ quốc"));
  }

  @Test
  void aMentionedButUnlistedListIsNotMadeUp() throws Exception {
    Answer a = assistant.ask("7 nhiệm vụ trọng tâm mà hội nghị tỉnh Lâm Xuyên thống nhất là gì?", Viewer.PUBLIC);
    assertEquals("passage", a.kind(), a.answer());
    assertTrue(a.items().isEmpty());
    assertTrue(a.answer().contains("nhắc đến 7 nhiệm vụ trọng tâm") && a.answer().contains("không liệt kê"), a.answer());
    assertTrue(a.citations().get(0).quote().contains("7 nhiệm vụ trọng tâm trên các lĩnh vực"));
    assertTrue(a.citations().stream().anyMatch(c -> c.quote().startsWith("Về kinh tế")), "passages by field are offered");
  }

  @Test
  void aCountQuestionGetsTheFigureWithItsSentence() throws Exception {
    Answer a = assistant.ask("thu ngan sach moi nam tang bao nhieu?", Viewer.PUBLIC);
    assertEquals("count", a.kind());
    assertTrue(a.answer().contains("500 tỷ đồng mỗi năm"), a.answer());
    assertTrue(a.citations().get(0).quote().contains("500 tỷ đồng"));
  }

  @Test
  void aCountIsQuotedFromTheLeadInThatStatesItNotFromAnItemThatOnlyNamesTheThing() throws Exception {
    assertCountAnswers("triển khai đồng bộ 4 nhóm giải pháp", "Nghị quyết 05 có mấy nhóm giải pháp?",
        "nghi quyet 05 co bao nhieu nhom giai phap");
  }

  @Test
  void anItemsNumberIsNotTheFigureACountAsksFor() throws Exception {
    Answer a = assistant.ask("Quy chế có mấy chương?", Viewer.PUBLIC);
    assertNotEquals("count", a.kind(), "no sentence of the rules states it: " + a.answer());
  }

  @Test
  void whatHasBeenReachedIsToldApartFromTheTargetSet() throws Exception {
    assertCountAnswers("68% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến",
        "Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến hiện nay là bao nhiêu?",
        "ty le ho so thu tuc hanh chinh tiep nhan truc tuyen hien nay la bao nhieu");
    assertCountAnswers("đạt ít nhất 50%", "tỷ lệ hồ sơ xử lý trực tuyến đến cuối năm 2023 đạt bao nhiêu?");
  }

  @Test
  void aPercentageAskedInWordsIsAnsweredByTheFigureWrittenWithItsSymbol() throws Exception {
    assertCountAnswers("đạt 80%", "Tỷ lệ lao động qua đào tạo đạt bao nhiêu phần trăm?",
        "ty le lao dong qua dao tao bao nhieu %");
  }

  /** Each question gets a count answer quoting the expected words. */
  private static void assertCountAnswers(String quoted, String... questions) throws Exception {
    for (String q : questions) {
      Answer a = assistant.ask(q, Viewer.PUBLIC);
      assertEquals("count", a.kind(), q + " -> " + a.answer());
      assertTrue(a.answer().contains(quoted), a.answer());
    }
  }

  @Test
  void aListUnderAnArticleNamedForWhatIsAskedIsThatArticlesItems() throws Exception {
    Answer a = assistant.ask("Trung tâm Phục vụ hành chính công có những nhiệm vụ gì?", Viewer.PUBLIC);
    assertEquals("list", a.kind(), a.answer());
    assertEquals(3, a.items().size(), a.answer());
    assertTrue(a.items().get(0).text().startsWith("Tiếp nhận, hướng dẫn và trả kết quả hồ sơ"), a.items().toString());
    assertTrue(a.citations().get(a.items().get(0).citation()).path().getLast().startsWith("Điều 4. Nhiệm vụ"));
  }

  @Test
  void groupsNamedByTheHeadingsOfAListAreListedAsThoseHeadings() throws Exception {
    Answer a = assistant.ask("Chương trình 50 có những nhóm nhiệm vụ nào?", Viewer.PUBLIC);
    assertEquals("list", a.kind(), a.answer());
    assertTrue(a.answer().startsWith("Chương trình số 50-CTr/TU nêu 4 nhóm nhiệm vụ"), a.answer());
    assertEquals(List.of("NHÓM NHIỆM VỤ VỀ PHÁT TRIỂN KINH TẾ", "NHÓM NHIỆM VỤ VỀ VĂN HÓA - XÃ HỘI VÀ NGUỒN NHÂN LỰC",
        "NHÓM NHIỆM VỤ VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI", "NHÓM NHIỆM VỤ VỀ XÂY DỰNG ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ"),
        a.items().stream().map(Answer.Item::text).toList());
    for (Answer.Item item : a.items()) {
      assertTrue(a.citations().get(item.citation()).path().getLast().endsWith(item.text()), item.toString());
    }
  }

  @Test
  void aQuestionNamingItsDocumentByNumberIsAnsweredFromThatDocument() throws Exception {
    Answer a = assistant.ask("Kế hoạch 45 giao cơ quan nào chủ trì?", Viewer.PUBLIC);
    assertEquals("passage", a.kind(), a.answer());
    assertTrue(a.answer().contains("Ban Quản lý các khu công nghiệp tỉnh chủ trì"), a.answer());
    assertEquals("mau/ke-hoach-45-kh-ubnd", a.citations().get(0).docId());
  }

  @Test
  void aDocumentQuestionGetsItsNumberDateIssuerAndSubject() throws Exception {
    for (String q : List.of("Nghị quyết 05 về gì?", "nq 05-nq/tu", "NQ05")) {
      Answer a = assistant.ask(q, Viewer.PUBLIC);
      assertEquals("document", a.kind(), q);
      assertTrue(a.answer().startsWith("Nghị quyết số 05-NQ/TU ngày 15/3/2023 của Tỉnh ủy Sơn Hà: Về phát triển nguồn nhân lực"), a.answer());
      assertEquals("mau/nghi-quyet-05-nq-tu", a.citations().get(0).docId());
    }
    Answer missing = assistant.ask("Nghị quyết 99-NQ/TU về gì?", Viewer.PUBLIC);
    assertEquals("none", missing.kind());
    assertTrue(missing.answer().contains("chưa có văn bản số 99-NQ/TU"), missing.answer());
  }

  @Test
  void whoAndWhenComeFromTheSentenceThatSaysIt() throws Exception {
    Answer who = assistant.ask("Ai chủ trì tổ chức Hội nghị xúc tiến đầu tư?", Viewer.PUBLIC);
    assertTrue(who.answer().contains("Sở Kế hoạch và Đầu tư chủ trì tổ chức Hội nghị xúc tiến đầu tư"), who.answer());
    Answer when = assistant.ask("Quyết định 25 có hiệu lực từ ngày nào?", Viewer.PUBLIC);
    assertTrue(when.answer().contains("có hiệu lực kể từ ngày 01 tháng 2 năm 2023"), when.answer());
    Answer chair = assistant.ask("ai chu tri hoi nghi giua nhiem ky o Lam Xuyen?", Viewer.PUBLIC);
    assertTrue(chair.answer().contains("Phạm Văn Đức chủ trì"), chair.answer());
  }

  @Test
  void aListWrittenInsideOneArticleIsListedItemByItem() throws Exception {
    Answer a = assistant.ask("nhà trường có những nhiệm vụ gì?", Viewer.PUBLIC);
    assertEquals("list", a.kind(), a.answer());
    assertEquals(List.of("Tổ chức giảng dạy, học tập theo chương trình.", "Quản lý người học và viên chức của trường.",
        "Công khai cam kết chất lượng đào tạo."), a.items().stream().map(Answer.Item::text).toList());
    for (Answer.Item item : a.items()) assertEquals("/documents/luat-mau-giao-duc#dieu-5", a.citations().get(item.citation()).url());
  }

  @Test
  void aQuestionAboutOneItemOfAListGetsThatItem() throws Exception {
    Answer a = assistant.ask("nhom giai phap ve co che chinh sach gom nhung gi", Viewer.PUBLIC);
    assertEquals("passage", a.kind(), a.answer());
    assertTrue(a.citations().get(0).quote().startsWith("b) Nhóm giải pháp về cơ chế, chính sách"), a.citations().get(0).quote());
  }

  @Test
  void aCountStatedByNamingTheThingsQuotesThatSentence() throws Exception {
    Answer a = assistant.ask("Có bao nhiêu trình độ đào tạo của giáo dục đại học?", Viewer.PUBLIC);
    assertEquals("count", a.kind(), a.answer());
    assertTrue(a.answer().contains("trình độ đại học, trình độ thạc sĩ, trình độ tiến sĩ"), a.answer());
  }

  @Test
  void theSignerAndTheDateOfADocumentComeFromItsRecordAskedInVietnameseOrEnglish() throws Exception {
    for (String q : List.of("ai ký nghị quyết 05?", "who signed resolution 05?")) {
      Answer signer = assistant.ask(q, Viewer.PUBLIC);
      assertEquals("document", signer.kind(), q + " -> " + signer.answer());
      assertEquals("Nghị quyết số 05-NQ/TU do Trần Minh Khang ký ngày 15/3/2023.", signer.answer());
    }
    Answer date = assistant.ask("Nghị quyết 05 ban hành ngày nào?", Viewer.PUBLIC);
    assertTrue(date.answer().startsWith("Nghị quyết số 05-NQ/TU được ban hành ngày 15/3/2023"), date.answer());
    assertEquals("mau/nghi-quyet-05-nq-tu", date.citations().get(0).docId());
    Answer issued = assistant.ask("when was decision 25 issued?", Viewer.PUBLIC);
    assertTrue(issued.answer().startsWith("Quyết định số 25/QĐ-UBND được ban hành ngày 20/1/2023"), issued.answer());
  }

  @Test
  void aNoticeOfConclusionsIsFoundAsAConclusion() throws Exception {
    Answer a = assistant.ask("Kết luận 88 nói về việc gì?", Viewer.PUBLIC);
    assertEquals("document", a.kind(), a.answer());
    assertTrue(a.answer().startsWith("Thông báo số 88-TB/TU"), a.answer());
  }

  @Test
  void aQuestionWhoseRareWordsNoPassageHoldsIsNotAnswered() throws Exception {
    for (String q : List.of("Quy định về nuôi cá sấu ở hộ gia đình là gì?", "muc phat khi vuot den do la bao nhieu")) {
      assertEquals("none", assistant.ask(q, Viewer.PUBLIC).kind(), q);
    }
  }

  @Test
  void anythingElseGetsTheBestPassages() throws Exception {
    Answer a = assistant.ask("cho tôi hỏi về nhà ở cho công nhân khu công nghiệp với ạ", Viewer.PUBLIC);
    assertEquals("passage", a.kind());
    assertTrue(a.citations().get(0).quote().contains("khu nhà ở cho công nhân 500 căn"));
    assertTrue(a.citations().get(0).highlight().contains("<mark>"));
  }

  @Test
  void whenTheDocumentsAreSilentItSaysSoAndShowsTheClosest() throws Exception {
    Answer a = assistant.ask("Quy định về phóng tàu vũ trụ và khai thác mỏ trên mặt trăng?", Viewer.PUBLIC);
    assertEquals("none", a.kind());
    assertTrue(a.answer().startsWith("Kho văn bản không có"), a.answer());
    assertTrue(a.items().isEmpty());
  }

  @Test
  void anEmptyQuestionIsRefusedClearly() {
    InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> assistant.ask("   ", Viewer.PUBLIC));
    assertFalse(e.getMessage().isBlank());
  }
}

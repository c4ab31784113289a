package vn.sotay.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotay.corpus.InternalCorpus.INTERNAL_DOCS;
import static vn.sotay.corpus.InternalCorpus.MINUTES_WORD;
import static vn.sotay.corpus.InternalCorpus.PLAN_DOC;
import static vn.sotay.corpus.InternalCorpus.PLAN_ISSUER;
import static vn.sotay.corpus.InternalCorpus.PLAN_QUESTION;
import static vn.sotay.corpus.InternalCorpus.PLAN_TASK;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotay.Engine;
import vn.sotay.corpus.InternalCorpus;
import vn.sotay.search.Viewer;

/** Answers draw only on the documents their viewer may see: items, citations, document look-ups, closest passages. */
class InternalDocumentsAskTest {
  @TempDir static Path work;
  static Engine engine;
  static Assistant assistant;

  @BeforeAll
  static void open() throws Exception {
    engine = InternalCorpus.engine(work);
    assistant = engine.assistant();
  }

  @AfterAll
  static void close() throws Exception {
    engine.close();
  }

  /** Nothing of the answer comes from an internal document (what the question itself says may be echoed). */
  static void assertPublicOnly(Answer a) {
    String all = a.answer() + " " + a.items() + " " + a.citations();
    for (String secret : List.of("Kỳ Lân", MINUTES_WORD, "99-KH/TU", PLAN_ISSUER, "hầm", "canh gác")) {
      if (!a.question().contains(secret)) assertFalse(all.contains(secret), secret + " in " + all);
    }
    assertTrue(a.citations().stream().noneMatch(c -> INTERNAL_DOCS.contains(c.docId()) || !"public".equals(c.access())),
        a.citations().toString());
  }

  @Test
  void aListInAnInternalPlanIsAnsweredOnlyForTheGranted() throws Exception {
    Answer granted = assistant.ask(PLAN_QUESTION, Viewer.INTERNAL);
    assertEquals("list", granted.kind(), granted.answer());
    assertEquals(3, granted.items().size(), granted.items().toString());
    assertEquals(PLAN_TASK, granted.items().get(0).text());
    assertEquals(PLAN_DOC, granted.citations().get(granted.items().get(0).citation()).docId());
    assertEquals("noi-bo", granted.citations().get(0).access());

    Answer everyone = assistant.ask(PLAN_QUESTION, Viewer.PUBLIC);
    assertFalse("list".equals(everyone.kind()) && everyone.items().size() == 3
        && everyone.items().get(0).text().equals(PLAN_TASK), everyone.toString());
    assertPublicOnly(everyone);
  }

  @Test
  void anInternalDocumentAskedByNumberIsMissingForThePublicAsAnyUnknownNumberIs() throws Exception {
    Answer granted = assistant.ask("Kế hoạch 99-KH/TU về gì?", Viewer.INTERNAL);
    assertEquals("document", granted.kind());
    assertTrue(granted.answer().startsWith("Kế hoạch số 99-KH/TU") && granted.answer().contains(PLAN_ISSUER), granted.answer());

    Answer everyone = assistant.ask("Kế hoạch 99-KH/TU về gì?", Viewer.PUBLIC);
    Answer unknown = assistant.ask("Kế hoạch 98-KH/TU về gì?", Viewer.PUBLIC);
    assertEquals("none", everyone.kind());
    assertEquals(unknown.answer().replace("98", "99"), everyone.answer(), "indistinguishable from a number never issued");
    assertPublicOnly(everyone);

    assertPublicOnly(assistant.ask("Ai ký Kế hoạch 99-KH/TU?", Viewer.PUBLIC));
    assertPublicOnly(assistant.ask("Kế hoạch 99-KH/TU ban hành ngày nào?", Viewer.PUBLIC));
  }

  @Test
  void passagesAndCountsQuoteOnlyPublicDocumentsForThePublic() throws Exception {
    for (String question : List.of("Chiến dịch Hạc Vàng là gì?", "bảo vệ hạ tầng giao thông thế nào?",
        "Dự án Kỳ Lân có bao nhiêu nhiệm vụ?", "ai canh gác cầu cảng?", "khi nào diễn tập phương án bảo vệ?")) {
      assertPublicOnly(assistant.ask(question, Viewer.PUBLIC));
    }
    Answer granted = assistant.ask("Chiến dịch Hạc Vàng là gì?", Viewer.INTERNAL);
    assertTrue(granted.citations().stream().anyMatch(c -> c.quote().contains(MINUTES_WORD)), granted.toString());
  }
}

package vn.sotay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotay.corpus.InternalCorpus.PLAN_NUMBER;
import static vn.sotay.corpus.InternalCorpus.PLAN_QUESTION;
import static vn.sotay.corpus.InternalCorpus.PLAN_TASK;
import static vn.sotay.corpus.InternalCorpus.PLAN_WORD;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotay.corpus.InternalCorpus;

/** Whoever holds the index on disk sees internal documents from the command line only by asking with --noi-bo. */
class InternalAccessCommandLineTest {
  @TempDir Path corpus;
  @TempDir Path index;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  @BeforeEach
  void writeCorpus() throws Exception {
    InternalCorpus.write(corpus);
  }

  private String run(String... args) {
    out.reset();
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(new String[] {"--corpus", corpus.toString(), "--index", index.toString()}, 0, all, args.length, 4);
    int status = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run(all);
    assertEquals(0, status, out.toString(StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void searchAndAskShowPublicDocumentsUnlessToldOtherwise() throws Exception {
    assertTrue(run("search", PLAN_WORD).startsWith("0 kết quả"));
    String internal = run("search", PLAN_WORD, "--noi-bo");
    assertTrue(internal.contains(PLAN_NUMBER) && internal.contains("Khảo sát tuyến hầm"), internal);

    JsonNode json = new ObjectMapper().readTree(run("search", PLAN_WORD, "--noi-bo", "--json"));
    assertEquals("noi-bo", json.get("hits").get(0).get("access").asText());
    assertEquals(0, new ObjectMapper().readTree(run("search", PLAN_WORD, "--json")).get("total").asInt());

    String publicAnswer = run("ask", PLAN_QUESTION);
    assertFalse(publicAnswer.contains(PLAN_TASK) || publicAnswer.contains(PLAN_NUMBER), publicAnswer);
    assertTrue(run("ask", PLAN_QUESTION, "--noi-bo").contains(PLAN_TASK));
  }

  @Test
  void theIndexReportCountsInternalDocumentsAndNamesUnclearValues() throws Exception {
    Files.writeString(corpus.resolve("cong-khai/ghi-chu.md"), "---\naccess: mat\n---\nGhi chú nội bộ.\n");
    String report = run("index");
    assertTrue(report.contains("Chỉ mục có 5 văn bản (3 nội bộ)"), report);
    assertTrue(report.contains("lưu ý cong-khai/ghi-chu.md: Giá trị quyền truy cập “mat” không rõ"), report);
  }

  @Test
  void serveStopsOnAMalformedGrantBeforeOpeningAnything() {
    ServeCommand serve = new ServeCommand(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        Map.of("SOTAY_INTERNAL_TOKENS", "ngan"));
    String[] args = {"serve", "--corpus", corpus.toString(), "--index", index.resolve("moi").toString(), "--port", "0"};
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> serve.run(Arguments.parse(args)));
    assertTrue(e.getMessage().startsWith("SOTAY_INTERNAL_TOKENS"), e.getMessage());
    assertFalse(Files.exists(index.resolve("moi")), "no index was opened");
  }
}

package vn.sotay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
  @TempDir Path corpus;
  @TempDir Path index;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void writeCorpus() throws Exception {
    Files.writeString(corpus.resolve("luat-mau.txt"), """
        LUẬT MẪU VỀ VĂN THƯ

        Điều 1. Phạm vi điều chỉnh
        Luật này quy định về công tác văn thư của cơ quan nhà nước.

        Điều 2. Lưu trữ hồ sơ
        Hồ sơ được lưu trữ tại kho lưu trữ của cơ quan trong thời hạn mười năm.
        """);
  }

  private int run(String... args) {
    return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
  }

  private String[] with(String... args) {
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--corpus";
    all[args.length + 1] = corpus.toString();
    all[args.length + 2] = "--index";
    all[args.length + 3] = index.toString();
    return all;
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void indexReportsWhatItRead() {
    assertEquals(0, run(with("index")));
    assertTrue(stdout().contains("Đã đọc 1 tệp"), stdout());
  }

  @Test
  void searchJsonHasTheApiShape() throws Exception {
    assertEquals(0, run(with("search", "luu tru ho so", "--json", "--limit", "3")));
    JsonNode json = new ObjectMapper().readTree(stdout());
    assertEquals("luu tru ho so", json.get("query").asText());
    JsonNode first = json.get("hits").get(0);
    assertEquals("luat-mau", first.get("docId").asText());
    assertTrue(first.get("path").get(0).asText().startsWith("Điều 2."), first.toString());
    assertTrue(json.get("facets").has("type"));
  }

  @Test
  void askPrintsTheAnswerWithItsSources() {
    assertEquals(0, run(with("ask", "hồ sơ lưu trữ bao lâu?")));
    assertTrue(stdout().contains("Nguồn:"), stdout());
    assertTrue(stdout().contains("mười năm"), stdout());
  }

  @Test
  void evalPrintsArticleLevelFigures() throws Exception {
    Path questions = corpus.getParent().resolve(corpus.getFileName() + "-q.jsonl");
    Files.writeString(questions, """
        {"id": "1", "question": "Hồ sơ được lưu trữ ở đâu?", "gold": [{"doc": "luat-mau", "article": "2"}]}
        {"id": "2", "question": "Luật này quy định về gì?", "gold": [{"doc": "luat-mau", "article": "1"}]}
        """);
    assertEquals(0, run(with("eval", "--questions", questions.toString())));
    assertTrue(stdout().contains("MRR@10=1.000"), stdout());
    assertTrue(stdout().contains("(không dấu)"), stdout());
  }

  @Test
  void mistakesOnTheCommandLineExplainThemselves() {
    assertEquals(2, run("fly"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("Lệnh không có: fly"));
    assertEquals(2, run("search", "x", "--limt", "3"));
    assertEquals(2, run("search", "x", "--limit"));
    assertEquals(2, run(with("search", "x", "--limit", "abc")));
    assertEquals(2, run(with("search", "   ")));
    assertEquals(2, run(with("eval")));
  }
}

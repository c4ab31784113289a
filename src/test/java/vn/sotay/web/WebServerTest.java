package vn.sotay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.sotay.Engine;

/** The HTTP API of ../docs/api.md against a started server on the shipped corpus. */
class WebServerTest {
  static final String TOKEN = "kiem-thu-quan-tri";
  @TempDir static Path work;
  static Engine engine;
  static WebServer server;
  static Http http;

  @BeforeAll
  static void start() throws Exception {
    Path corpus = work.resolve("corpus");
    copyTree(Path.of("corpus"), corpus);
    engine = Engine.open(List.of(corpus), work.resolve("index"));
    server = new WebServer(engine.library(), engine.assistant(), engine.maintenance(),
        WebConfig.local(0).withAdminToken(TOKEN).withRequestsPerMinute(0)).start();
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    engine.close();
  }

  static void copyTree(Path from, Path to) throws Exception {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
  }

  @Test
  void healthCountsDocumentsAndPassages() throws Exception {
    JsonNode health = http.get("/health").json();
    assertEquals("ok", health.get("status").asText());
    assertTrue(health.get("documents").asInt() >= 7, health.toString());
    assertTrue(health.get("passages").asInt() > health.get("documents").asInt());
  }

  @Test
  void searchFindsADocumentNumberFirstWithFacets() throws Exception {
    Http.Response r = http.get("/api/search?q=" + Http.encode("nq 05 tu") + "&limit=5");
    assertEquals(200, r.status());
    assertTrue(r.header("content-type").startsWith("application/json"));
    JsonNode body = r.json();
    assertEquals("nq 05 tu", body.get("query").asText());
    JsonNode first = body.get("hits").get(0);
    assertEquals("05-NQ/TU", first.get("docNumber").asText());
    for (String field : List.of("docId", "title", "docType", "issuer", "date", "path", "anchor", "text", "highlight", "score")) {
      assertTrue(first.has(field), field);
    }
    assertTrue(body.get("facets").get("type").has("Nghị quyết"), body.get("facets").toString());
    assertTrue(body.get("facets").has("issuer") && body.get("facets").has("year"));
  }

  @Test
  void filtersNarrowTheHits() throws Exception {
    JsonNode body = http.get("/api/search?q=" + Http.encode("chuyển đổi số") + "&type=" + Http.encode("Chỉ thị")).json();
    assertTrue(body.get("hits").size() > 0);
    for (JsonNode hit : body.get("hits")) assertEquals("Chỉ thị", hit.get("docType").asText());
    JsonNode none = http.get("/api/search?q=" + Http.encode("chuyển đổi số") + "&year=1999").json();
    assertEquals(0, none.get("total").asInt());
  }

  @Test
  void askAnswersWithCitations() throws Exception {
    JsonNode answer = http.get("/api/ask?q=" + Http.encode("9 nhiệm vụ trọng tâm là gì?")).json();
    assertEquals("9 nhiệm vụ trọng tâm là gì?", answer.get("question").asText());
    assertFalse(answer.get("answer").asText().isBlank());
    JsonNode citation = answer.get("citations").get(0);
    assertTrue(citation.get("url").asText().startsWith("/documents/"), citation.toString());
    assertFalse(citation.get("quote").asText().isBlank());
  }

  @Test
  void documentsAreListedAndOpenedByTheirId() throws Exception {
    JsonNode list = http.get("/api/documents?type=" + Http.encode("Nghị quyết")).json();
    assertTrue(list.get("total").asInt() >= 1);
    String docId = null;
    for (JsonNode d : list.get("documents")) if ("05-NQ/TU".equals(d.get("docNumber").asText())) docId = d.get("docId").asText();
    assertEquals("mau/nghi-quyet-05-nq-tu", docId);
    JsonNode doc = http.get("/api/documents/" + docId).json();
    assertEquals("Tỉnh ủy Sơn Hà", doc.get("issuer").asText());
    assertEquals(doc.get("passages").asInt(), doc.get("sections").size());
    JsonNode first = doc.get("sections").get(0);
    for (String field : List.of("anchor", "path", "heading", "text")) assertTrue(first.has(field), field);

    Http.Response missing = http.get("/api/documents/mau/khong-co");
    assertEquals(404, missing.status());
    assertEquals("unknown_document", missing.json().get("code").asText());
  }

  @Test
  void suggestionsTakeAnyTyping() throws Exception {
    JsonNode s = http.get("/api/suggest?q=" + Http.encode("nq 05")).json();
    assertTrue(s.isArray() && s.size() > 0);
    assertEquals("mau/nghi-quyet-05-nq-tu", s.get(0).get("docId").asText());
    assertTrue(s.get(0).get("label").asText().contains("05-NQ/TU"));
    assertEquals(0, http.get("/api/suggest?q=").json().size());
  }

  static Stream<String> hostileTargets() {
    String longQuery = "nhiệm vụ ".repeat(1_200);
    String manyWords = String.join(" ", java.util.Collections.nCopies(1_000, "giải")) + " pháp";
    return Stream.of(
        "/api/search", "/api/search?q=", "/api/search?q=%20%20", "/api/search?q=" + Http.encode(longQuery.substring(0, 10_000)),
        "/api/search?q=" + Http.encode(manyWords), "/api/search?q=*", "/api/search?q=%3F", "/api/search?q=~",
        "/api/search?q=%22", "/api/search?q=(", "/api/search?q=%3A", "/api/search?q=%5C", "/api/search?q=a%00b%01c%1F",
        "/api/search?q=%C3%28", "/api/search?q=%FF%FE", "/api/search?q=%", "/api/search?q=%zz", "/api/search?q=%E1%BB",
        "/api/search?q=" + Http.encode("title:(a OR b) AND \"x~2\" NOT c* [1 TO 5] {x} ^3 \\\\ //"),
        "/api/search?q=a&limit=-1", "/api/search?q=a&limit=abc", "/api/search?q=a&limit=100000",
        "/api/search?q=a&offset=-5", "/api/search?q=a&offset=99999999999", "/api/search?q=a&year=abc",
        "/api/search?q=a&year=99999", "/api/search?q=a&type=%00", "/api/ask", "/api/ask?q=%FF",
        "/api/ask?q=" + Http.encode(longQuery.substring(0, 10_000)), "/api/ask?q=" + Http.encode(manyWords),
        "/api/ask?q=*%3F~", "/api/documents?limit=0", "/api/documents?limit=x", "/api/documents?year=-1",
        "/api/documents/..%2F..%2Fetc%2Fpasswd", "/api/documents/%00", "/api/documents/" + "x".repeat(3000),
        "/api/suggest?q=" + Http.encode(longQuery.substring(0, 5000)), "/api/suggest?q=*&limit=-3", "/api/nothing",
        "/static/..%2F..%2Fpom.xml", "/documents/%FF");
  }

  @ParameterizedTest
  @MethodSource("hostileTargets")
  void hostileInputGetsAClear4xxNeverA5xx(String target) throws Exception {
    Http.Response r = http.get(target);
    assertTrue(r.status() < 500, target + " -> " + r.status() + " " + r.text());
    if (r.status() >= 400 && target.startsWith("/api")) {
      JsonNode error = r.json();
      assertFalse(error.get("error").asText().isBlank(), r.text());
      assertFalse(error.get("code").asText().isBlank(), r.text());
    }
  }

  @Test
  void errorsSayWhatIsWrongInVietnamese() throws Exception {
    Http.Response r = http.get("/api/search?q=a&limit=500");
    assertEquals(400, r.status());
    assertEquals("bad_limit", r.json().get("code").asText());
    assertTrue(r.json().get("error").asText().contains("limit"));
    Http.Response tooLong = http.get("/api/search?q=" + Http.encode("x".repeat(5000)));
    assertEquals(400, tooLong.status());
    Http.Response badSort = http.get("/api/search?q=a&sort=ngay");
    assertEquals(400, badSort.status());
    assertEquals("bad_sort", badSort.json().get("code").asText());
    assertTrue(badSort.json().get("error").asText().contains("moi-nhat"), badSort.text());
  }

  @Test
  void searchesSortByRelevanceOrByDate() throws Exception {
    for (String sort : List.of("lien-quan", "moi-nhat", "date", "relevance")) {
      Http.Response r = http.get("/api/search?q=" + Http.encode("nhiệm vụ") + "&sort=" + sort);
      assertEquals(200, r.status(), sort + " " + r.text());
    }
    JsonNode hits = http.get("/api/search?q=" + Http.encode("nhiệm vụ") + "&sort=moi-nhat&limit=20").json().get("hits");
    for (int i = 1; i < hits.size(); i++) {
      String before = hits.get(i - 1).path("date").asText("");
      String after = hits.get(i).path("date").asText("");
      assertTrue(before.compareTo(after) >= 0, before + " then " + after); // undated ("") last
    }
  }

  @Test
  void everyAnswerCarriesSecurityHeadersAndNoCors() throws Exception {
    for (String target : List.of("/", "/api/search?q=a", "/health", "/api/nothing")) {
      Http.Response r = http.send("GET", target, Map.of("Origin", "https://example.org"), new byte[0]);
      String csp = r.header("content-security-policy");
      assertNotNull(csp, target);
      assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"));
      assertEquals("nosniff", r.header("x-content-type-options"));
      assertNull(r.header("access-control-allow-origin"), target);
    }
  }

  @Test
  void thePageIsServedForTheRootAndForDocumentLinks() throws Exception {
    Http.Response root = http.get("/?q=" + Http.encode("nghị quyết"));
    assertEquals(200, root.status());
    assertTrue(root.header("content-type").startsWith("text/html"));
    assertTrue(root.text().contains("<script src=\"/static/app.js\""));
    assertEquals(200, http.get("/documents/mau/nghi-quyet-05-nq-tu").status());
    assertEquals(200, http.get("/static/app.js").status());
    assertEquals(200, http.get("/static/app.css").status());
  }

  @Test
  void highlightsAreEscaped() throws Exception {
    upload("canh-bao.txt", "Thông báo thử nghiệm <script>alert('x')</script> về chuyển đổi số <b>đậm</b>.");
    JsonNode body = http.get("/api/search?q=" + Http.encode("thông báo thử nghiệm <script>")).json();
    JsonNode hit = body.get("hits").get(0);
    String highlight = hit.get("highlight").asText();
    assertTrue(hit.get("text").asText().contains("<script>"));
    assertFalse(highlight.contains("<script>") || highlight.contains("<b>"), highlight);
    assertTrue(highlight.contains("&lt;<mark>script</mark>&gt;") && highlight.contains("&lt;b&gt;"), highlight);
  }

  @Test
  void adminUploadAddsADocumentThatIsFoundAtOnce() throws Exception {
    Http.Response r = upload("cong-van-moi.md", "Số: 77/UBND-VP\n\nVề việc kiểm tra công tác phòng cháy chữa cháy mùa khô năm 2024.\n");
    assertEquals(201, r.status(), r.text());
    assertEquals("tai-len/cong-van-moi.md", r.json().get("file").asText());
    JsonNode hit = http.get("/api/search?q=" + Http.encode("77/UBND-VP")).json().get("hits").get(0);
    assertEquals("tai-len/cong-van-moi", hit.get("docId").asText());
  }

  @Test
  void adminRefusesWithoutTheTokenAndRefusesBadFiles() throws Exception {
    assertEquals(401, http.send("POST", "/api/admin/reindex", Map.of(), new byte[0]).status());
    assertEquals(401, http.send("POST", "/api/admin/reindex", Map.of("Authorization", "Bearer sai"), new byte[0]).status());
    assertEquals(200, http.send("POST", "/api/admin/reindex", Map.of("Authorization", "Bearer " + TOKEN), new byte[0]).status());
    assertEquals(400, upload("virus.exe", "MZ").status());
    assertEquals(400, upload(".an.txt", "x").status());
    assertEquals(400, http.send("POST", "/api/admin/documents?name=rong.txt", Map.of("Authorization", "Bearer " + TOKEN), new byte[0]).status());
    Http.Response traversal = upload("..%2F..%2Fngoai.txt", "Văn bản thử đường dẫn.");
    assertEquals(201, traversal.status(), traversal.text());
    assertEquals("tai-len/ngoai.txt", traversal.json().get("file").asText());
    assertFalse(Files.exists(work.resolve("ngoai.txt")));
    int get = http.get("/api/admin/reindex").status();
    assertTrue(get >= 400 && get < 500, "GET on an admin route: " + get);
  }

  static Http.Response upload(String name, String text) throws Exception {
    return http.send("POST", "/api/admin/documents?name=" + name,
        Map.of("Authorization", "Bearer " + TOKEN, "Content-Type", "application/octet-stream"), text.getBytes(StandardCharsets.UTF_8));
  }
}

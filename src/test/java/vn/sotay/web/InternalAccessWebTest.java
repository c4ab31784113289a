package vn.sotay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotay.corpus.InternalCorpus.INTERNAL_DOCS;
import static vn.sotay.corpus.InternalCorpus.MINUTES_DOC;
import static vn.sotay.corpus.InternalCorpus.PLAN_DOC;
import static vn.sotay.corpus.InternalCorpus.PLAN_ISSUER;
import static vn.sotay.corpus.InternalCorpus.PLAN_QUESTION;
import static vn.sotay.corpus.InternalCorpus.PLAN_TASK;
import static vn.sotay.corpus.InternalCorpus.PLAN_WORD;
import static vn.sotay.corpus.InternalCorpus.PLAN_YEAR;
import static vn.sotay.corpus.InternalCorpus.PUBLIC_DOCS;
import static vn.sotay.corpus.InternalCorpus.SHARED_WORDS;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotay.Engine;
import vn.sotay.corpus.InternalCorpus;
import vn.sotay.search.InternalGrants;

/**
 * The API and the page for a public visitor, an API client with a granted token and an official logged in on the
 * page: internal documents reach only the granted, through every endpoint.
 */
class InternalAccessWebTest {
  static final String TOKEN = "van-phong-tinh-uy-7f3a9c2e";
  static final String OTHER_TOKEN = "ban-tuyen-giao-5d1b8e40";
  static final String ADMIN = "quan-tri-khong-phai-noi-bo";
  static final Map<String, String> GRANTED = Map.of("Authorization", "Bearer " + TOKEN);
  static final Map<String, String> NONE = Map.of();
  @TempDir static Path work;
  static Engine engine;
  static WebServer server;
  static Http http;

  @BeforeAll
  static void start() throws Exception {
    engine = InternalCorpus.engine(work);
    InternalGrants grants = new InternalGrants(List.of(TOKEN, OTHER_TOKEN), Set.of(), Set.of());
    server = new WebServer(engine.library(), engine.assistant(), engine.maintenance(),
        WebConfig.local(0).withAdminToken(ADMIN).withRequestsPerMinute(0).withGrants(grants)).start();
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    engine.close();
  }

  static Http.Response get(String target, Map<String, String> headers) throws Exception {
    return http.send("GET", target, headers, new byte[0]);
  }

  static JsonNode json(String target, Map<String, String> headers) throws Exception {
    Http.Response r = get(target, headers);
    assertEquals(200, r.status(), target + ": " + r.text());
    return r.json();
  }

  static List<String> docIds(JsonNode items) {
    List<String> ids = new ArrayList<>();
    items.forEach(item -> ids.add(item.get("docId").asText()));
    return ids;
  }

  static String search(String q) {
    return "/api/search?q=" + Http.encode(q) + "&limit=20";
  }

  @Test
  void searchShowsInternalPassagesOnlyToAGrantedToken() throws Exception {
    JsonNode everyone = json(search(PLAN_WORD), NONE);
    assertEquals(0, everyone.get("total").asInt());
    assertEquals(0, everyone.get("hits").size());

    JsonNode granted = json(search(PLAN_WORD), GRANTED);
    assertTrue(granted.get("total").asInt() >= 3, granted.toString());
    for (JsonNode hit : granted.get("hits")) {
      assertEquals(PLAN_DOC, hit.get("docId").asText());
      assertEquals("noi-bo", hit.get("access").asText());
    }
    assertTrue(granted.get("hits").get(0).get("highlight").asText().contains("<mark>Lân</mark>"), granted.toString());
    assertTrue(json(search(PLAN_WORD), Map.of("Authorization", "bearer " + OTHER_TOKEN)).get("total").asInt() >= 3);
  }

  @Test
  void anUnknownTokenOrTheAdminTokenIsAPublicViewerNotAnError() throws Exception {
    for (String header : List.of("Bearer sai-ma-truy-cap-noi-bo", "Bearer " + ADMIN, "Bearer ", "Basic " + TOKEN,
        "Bearer " + TOKEN + "x", "Bearer " + TOKEN.substring(1))) {
      Http.Response r = get(search(PLAN_WORD), Map.of("Authorization", header));
      assertEquals(200, r.status(), header);
      assertEquals(0, r.json().get("total").asInt(), header);
    }
  }

  @Test
  void totalsAndFacetsOfSharedWordsCountOnlyWhatTheViewerSees() throws Exception {
    JsonNode everyone = json(search(SHARED_WORDS), NONE);
    JsonNode granted = json(search(SHARED_WORDS), GRANTED);
    assertTrue(docIds(everyone.get("hits")).stream().allMatch(PUBLIC_DOCS::contains), everyone.toString());
    assertEquals(everyone.get("hits").size(), everyone.get("total").asInt());
    assertTrue(granted.get("total").asInt() > everyone.get("total").asInt());
    for (JsonNode hit : everyone.get("hits")) assertFalse(hit.get("highlight").asText().contains("Kỳ"), hit.toString());
    JsonNode facets = everyone.get("facets");
    assertFalse(facets.get("issuer").has(PLAN_ISSUER) || facets.get("year").has(PLAN_YEAR)
        || facets.get("type").has("Kế hoạch"), facets.toString());
    assertEquals(1, granted.get("facets").get("issuer").get(PLAN_ISSUER).asInt());
    assertEquals(0, json(search(SHARED_WORDS) + "&year=" + PLAN_YEAR, NONE).get("total").asInt());
  }

  @Test
  void theDocumentListAndItsTotalLeaveOutInternalDocuments() throws Exception {
    JsonNode everyone = json("/api/documents?limit=100", NONE);
    assertEquals(PUBLIC_DOCS.size(), everyone.get("total").asInt());
    assertEquals(Set.copyOf(PUBLIC_DOCS), Set.copyOf(docIds(everyone.get("documents"))));
    assertEquals(0, json("/api/documents?type=" + Http.encode("Kế hoạch"), NONE).get("total").asInt());
    assertEquals(0, json("/api/documents?issuer=" + Http.encode(PLAN_ISSUER), NONE).get("total").asInt());

    JsonNode granted = json("/api/documents?limit=100", GRANTED);
    assertEquals(PUBLIC_DOCS.size() + INTERNAL_DOCS.size(), granted.get("total").asInt());
    for (JsonNode d : granted.get("documents")) {
      assertEquals(INTERNAL_DOCS.contains(d.get("docId").asText()) ? "noi-bo" : "public", d.get("access").asText());
    }
  }

  @Test
  void anInternalDocumentIsNotFoundForThePublicExactlyLikeOneThatDoesNotExist() throws Exception {
    Http.Response missing = get("/api/documents/cong-khai/khong-co-van-ban-nay", NONE);
    for (String docId : INTERNAL_DOCS) {
      Http.Response hidden = get("/api/documents/" + docId, NONE);
      assertEquals(404, hidden.status(), docId);
      assertEquals(missing.text(), hidden.text(), "nothing tells it exists");
      JsonNode shown = json("/api/documents/" + docId, GRANTED);
      assertEquals("noi-bo", shown.get("access").asText());
      assertTrue(shown.get("sections").size() > 0);
    }
    assertEquals(404, missing.status());
    assertEquals("public", json("/api/documents/" + InternalCorpus.OPENED_DOC, NONE).get("access").asText());
  }

  @Test
  void suggestionsNameInternalDocumentsOnlyToTheGranted() throws Exception {
    for (String typed : List.of("kh 99", "ky lan", "hac vang")) {
      assertEquals(0, json("/api/suggest?q=" + Http.encode(typed), NONE).size(), typed);
    }
    assertEquals(PLAN_DOC, json("/api/suggest?q=" + Http.encode("kh 99"), GRANTED).get(0).get("docId").asText());
    assertEquals(MINUTES_DOC, json("/api/suggest?q=" + Http.encode("hac vang"), GRANTED).get(0).get("docId").asText());
  }

  @Test
  void answersCiteInternalDocumentsOnlyForTheGranted() throws Exception {
    String ask = "/api/ask?q=" + Http.encode(PLAN_QUESTION);
    JsonNode granted = json(ask, GRANTED);
    assertEquals("list", granted.get("kind").asText());
    assertEquals(PLAN_TASK, granted.get("items").get(0).get("text").asText());
    assertEquals("noi-bo", granted.get("citations").get(0).get("access").asText());

    Http.Response everyone = get(ask, NONE);
    assertEquals(200, everyone.status());
    String body = everyone.json().get("answer").asText() + everyone.json().get("items") + everyone.json().get("citations");
    assertFalse(body.contains("Kỳ Lân") || body.contains("hầm"), body);
    assertFalse(docIds(everyone.json().get("citations")).stream().anyMatch(INTERNAL_DOCS::contains), body);

    JsonNode byNumber = json("/api/ask?q=" + Http.encode("Kế hoạch 99-KH/TU về gì?"), NONE);
    assertEquals("none", byNumber.get("kind").asText());
    assertTrue(byNumber.get("answer").asText().startsWith("Kho văn bản chưa có văn bản số 99-KH/TU"), byNumber.toString());
  }

  @Test
  void healthCountsWhatTheViewerSees() throws Exception {
    JsonNode everyone = json("/health", NONE);
    JsonNode granted = json("/health", GRANTED);
    assertEquals(PUBLIC_DOCS.size(), everyone.get("documents").asInt());
    assertEquals(PUBLIC_DOCS.size() + INTERNAL_DOCS.size(), granted.get("documents").asInt());
    assertTrue(granted.get("passages").asInt() > everyone.get("passages").asInt());
  }

  @Test
  void answersThatDependOnTheViewerAreNeverCached() throws Exception {
    for (String target : List.of(search(SHARED_WORDS), "/api/ask?q=" + Http.encode(PLAN_QUESTION), "/api/documents",
        "/api/documents/" + PLAN_DOC, "/api/suggest?q=kh", "/health", "/api/access")) {
      for (Map<String, String> who : List.of(NONE, GRANTED)) {
        Http.Response r = get(target, who);
        String cache = r.header("cache-control");
        assertNotNull(cache, target);
        assertTrue(cache.contains("no-store") && cache.contains("private"), target + ": " + cache);
        assertTrue(r.header("vary") != null && r.header("vary").contains("Authorization")
            && r.header("vary").contains("Cookie"), target + ": " + r.headers());
      }
    }
  }

  // ---------- the page's log-in ----------

  static Http.Response post(String target, String contentType, String body, Map<String, String> extra) throws Exception {
    Map<String, String> headers = new java.util.HashMap<>(extra);
    if (contentType != null) headers.put("Content-Type", contentType);
    return http.send("POST", target, headers, body.getBytes(StandardCharsets.UTF_8));
  }

  /** "name=value" of the cookie the answer sets, and its attributes. */
  static List<String> setCookie(Http.Response r) {
    String header = r.header("set-cookie");
    assertNotNull(header, r.headers().toString());
    return List.of(header.split(";\\s*"));
  }

  @Test
  void anOfficialLogsInOnThePageAndTheCookieGrantsUntilLogOut() throws Exception {
    assertEquals("public", json("/api/access", NONE).get("access").asText());
    Http.Response login = post("/api/access/login", "application/json", "{\"token\": \"" + TOKEN + "\"}", NONE);
    assertEquals(200, login.status(), login.text());
    assertEquals("noi-bo", login.json().get("access").asText());
    List<String> cookie = setCookie(login);
    assertTrue(cookie.get(0).startsWith(AccessHandlers.COOKIE + "="));
    assertFalse(cookie.get(0).contains(TOKEN), "the cookie does not carry the token as typed");
    assertTrue(cookie.containsAll(List.of("Path=/", "HttpOnly", "SameSite=Strict", "Max-Age=43200")), cookie.toString());
    assertFalse(cookie.contains("Secure"), "plain http on 127.0.0.1");

    Map<String, String> browser = Map.of("Cookie", cookie.get(0));
    assertEquals("noi-bo", json("/api/access", browser).get("access").asText());
    assertTrue(json(search(PLAN_WORD), browser).get("total").asInt() >= 3);
    assertEquals(200, get("/api/documents/" + PLAN_DOC, browser).status());

    Http.Response logout = post("/api/access/logout", null, "", browser);
    assertEquals(200, logout.status());
    assertEquals("public", logout.json().get("access").asText());
    List<String> cleared = setCookie(logout);
    assertEquals(AccessHandlers.COOKIE + "=", cleared.get(0));
    assertTrue(cleared.contains("Max-Age=0"), cleared.toString());
  }

  @Test
  void behindHttpsTheCookieIsSecure() throws Exception {
    Http.Response login = post("/api/access/login", "application/json", "{\"token\": \"" + TOKEN + "\"}",
        Map.of("X-Forwarded-Proto", "https"));
    assertTrue(setCookie(login).contains("Secure"), login.headers().toString());
  }

  @Test
  void aWrongTokenIsRefusedAndNothingButJsonLogsIn() throws Exception {
    Http.Response wrong = post("/api/access/login", "application/json", "{\"token\": \"" + ADMIN + "\"}", NONE);
    assertEquals(401, wrong.status());
    assertEquals("bad_token", wrong.json().get("code").asText());
    assertTrue(setCookie(wrong).contains("Max-Age=0"), "any earlier log-in is undone");

    Http.Response form = post("/api/access/login", "application/x-www-form-urlencoded", "token=" + TOKEN, NONE);
    assertEquals(415, form.status(), "a cross-site form cannot log anyone in");
    assertEquals("json_required", form.json().get("code").asText());
    assertNull(form.header("set-cookie"));

    for (String body : List.of("{\"token\": ", "[]", "null", "{}", "{\"token\": 12}")) {
      Http.Response bad = post("/api/access/login", "application/json", body, NONE);
      assertTrue(bad.status() == 400 || bad.status() == 401, body + ": " + bad.status());
      assertTrue(bad.json().has("code"), body);
    }
  }

  @Test
  void aForgedOrStaleCookieIsAPublicViewer() throws Exception {
    for (String value : List.of("khong-phai-base64!!", "", "c2FpLW1h", "%00%ff")) {
      Http.Response r = get(search(PLAN_WORD), Map.of("Cookie", AccessHandlers.COOKIE + "=" + value));
      assertEquals(200, r.status(), value);
      assertEquals(0, r.json().get("total").asInt(), value);
    }
  }

  @Test
  void thePageOffersTheLogInAndMarksInternalDocuments() throws Exception {
    String page = get("/", NONE).text();
    assertTrue(page.contains("id=\"access-form\"") && page.contains("type=\"password\"") && page.contains("Đăng nhập nội bộ"));
    String script = get("/static/app.js", NONE).text();
    assertTrue(script.contains("'/api/access/login'") && script.contains("access === 'noi-bo'") && script.contains("'Nội bộ'"));
  }
}

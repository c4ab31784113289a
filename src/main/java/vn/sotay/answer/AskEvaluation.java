package vn.sotay.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import vn.sotay.search.ArticleEvaluation;
import vn.sotay.search.InvalidQueryException;
import vn.sotay.search.Library;
import vn.sotay.search.Viewer;
import vn.sotay.search.SearchHit;
import vn.sotay.search.SearchRequest;

/**
 * Quality of search and answers on questions whose gold is passage text: a line
 * {@code {"question": "...", "expect": ["substring", ...]}} is a hit at k when one of the first k passages (search
 * hits, or the answer's citations) contains one of the substrings. A line {@code {"question": "...", "kind": "none"}}
 * asks about what the documents do not hold: the answer is a hit when it says so (kind "none"); such lines do not
 * count for search.
 */
public final class AskEvaluation {
  /** @param expect substrings of the passage that answers; empty when the documents hold no answer */
  public record Case(String id, String question, List<String> expect) {
    boolean unanswerable() {
      return expect.isEmpty();
    }
  }

  public record Figures(String label, int questions, double searchHit1, double searchHit3, double askHit1,
      double askHit3, List<String> misses) {
    public String format() {
      return String.format("%-28s n=%-4d search hit@1=%.3f hit@3=%.3f | ask hit@1=%.3f hit@3=%.3f", label, questions,
          searchHit1, searchHit3, askHit1, askHit3);
    }
  }

  private final Library library;
  private final Assistant assistant;

  public AskEvaluation(Library library, Assistant assistant) {
    this.library = library;
    this.assistant = assistant;
  }

  /** True when the file's first question has an "expect" list (else it is an article-gold file). */
  public static boolean isExpectFile(Path file) throws IOException {
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) return new ObjectMapper().readTree(line).has("expect");
    }
    return false;
  }

  public static List<Case> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Case> cases = new ArrayList<>();
    int n = 0;
    for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      if (text.isBlank()) continue;
      JsonNode node = json.readTree(text);
      boolean none = "none".equals(node.path("kind").asText());
      if (!node.hasNonNull("question") || !none && (!node.path("expect").isArray() || node.get("expect").isEmpty())) {
        throw new IOException(file + ":" + n + ": thiếu \"question\" hoặc \"expect\"");
      }
      List<String> expect = new ArrayList<>();
      if (!none) node.get("expect").forEach(e -> expect.add(e.asText()));
      cases.add(new Case(node.path("id").asText(String.valueOf(n)), node.get("question").asText(), expect));
    }
    return cases;
  }

  public Figures run(String label, List<Case> cases, UnaryOperator<String> typing) {
    int s1 = 0, s3 = 0, a1 = 0, a3 = 0, searched = 0;
    List<String> misses = new ArrayList<>();
    for (Case c : cases) {
      String q = typing.apply(c.question());
      List<String> found = new ArrayList<>();
      List<String> cited = new ArrayList<>();
      String kind = null;
      try {
        for (SearchHit h : library.search(SearchRequest.of(q, 3)).hits()) found.add(h.text());
        Answer answer = assistant.ask(q, library.viewer());
        kind = answer.kind();
        for (Answer.Citation citation : answer.citations()) cited.add(citation.quote());
      } catch (InvalidQueryException e) {
        // counted as a miss
      }
      int askRank = c.unanswerable() ? ("none".equals(kind) ? 1 : Integer.MAX_VALUE) : rank(cited, c.expect());
      if (!c.unanswerable()) {
        searched++;
        int searchRank = rank(found, c.expect());
        if (searchRank <= 1) s1++;
        if (searchRank <= 3) s3++;
      }
      if (askRank <= 1) a1++;
      if (askRank <= 3) a3++;
      if (askRank > 1) misses.add(c.id() + " " + q);
    }
    int n = cases.size();
    double s = Math.max(1, searched);
    return n == 0 ? new Figures(label, 0, 0, 0, 0, 0, misses)
        : new Figures(label, n, s1 / s, s3 / s, a1 / (double) n, a3 / (double) n, misses);
  }

  private static int rank(List<String> passages, List<String> expect) {
    for (int i = 0; i < passages.size(); i++) {
      for (String e : expect) if (passages.get(i).contains(e)) return i + 1;
    }
    return Integer.MAX_VALUE;
  }

  /** Article-level figures (laws dev sets) of the answers' citations, as the search has them. */
  public static ArticleEvaluation articles(Assistant assistant, Viewer viewer) {
    return new ArticleEvaluation(question -> assistant.ask(question, viewer).citations().stream()
        .map(c -> new ArticleEvaluation.Located(c.docId(), c.path())).toList());
  }
}

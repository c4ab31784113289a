package vn.sotay.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Retrieval quality at article level, on question files of the laws-qa form
 * ({"question": ..., "gold": [{"doc": "luat-cu-tru-2020", "article": "3"}]}): a hit counts for the article named by
 * the "Điều N." entry of its heading path, and each article counts once, at its best rank.
 */
public final class ArticleEvaluation {
  private static final Pattern ARTICLE = Pattern.compile("^Điều\\s+(\\d+[a-zđ]?)", Pattern.CASE_INSENSITIVE);
  private static final int DEPTH = 40;

  public record Gold(String doc, String article) {}

  public record Case(String id, String question, List<Gold> gold) {}

  /** R@1, R@5, R@10 and MRR@10 over the cases, as fractions. */
  public record Figures(String label, int questions, double r1, double r5, double r10, double mrr10) {
    public String format() {
      return String.format(Locale.ROOT, "%-28s n=%-4d R@1=%.3f R@5=%.3f R@10=%.3f MRR@10=%.3f",
          label, questions, r1, r5, r10, mrr10);
    }
  }

  private final Ranking ranking;

  /** Where an answer points: a document and the heading path of a passage in it. */
  public record Located(String docId, List<String> path) {}

  /** What is evaluated: the places a question leads to, best first (search hits, or an answer's citations). */
  @FunctionalInterface
  public interface Ranking {
    List<Located> of(String question) throws InvalidQueryException;
  }

  public ArticleEvaluation(Library library) {
    this(question -> library.search(SearchRequest.of(question, DEPTH)).hits().stream()
        .map(h -> new Located(h.docId(), h.path())).toList());
  }

  public ArticleEvaluation(Ranking ranking) {
    this.ranking = ranking;
  }

  public static List<Case> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Case> cases = new ArrayList<>();
    int line = 0;
    for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      line++;
      if (text.isBlank()) continue;
      JsonNode node = json.readTree(text);
      if (!node.hasNonNull("question") || !node.has("gold")) {
        throw new IOException(file + ":" + line + ": thiếu \"question\" hoặc \"gold\"");
      }
      List<Gold> gold = new ArrayList<>();
      for (JsonNode g : node.get("gold")) gold.add(new Gold(g.path("doc").asText(), g.path("article").asText()));
      cases.add(new Case(node.path("id").asText("" + line), node.get("question").asText(), gold));
    }
    return cases;
  }

  /** Runs every case with its question rewritten by {@code typing} (identity, or diacritics stripped). */
  public Figures run(String label, List<Case> cases, UnaryOperator<String> typing) {
    int n = 0;
    int r1 = 0;
    int r5 = 0;
    int r10 = 0;
    double rr = 0;
    for (Case c : cases) {
      n++;
      int rank = rank(c, typing.apply(c.question()));
      if (rank <= 1) r1++;
      if (rank <= 5) r5++;
      if (rank <= 10) {
        r10++;
        rr += 1.0 / rank;
      }
    }
    return n == 0 ? new Figures(label, 0, 0, 0, 0, 0)
        : new Figures(label, n, (double) r1 / n, (double) r5 / n, (double) r10 / n, rr / n);
  }

  /** 1-based rank of the first gold article among the distinct articles found, or MAX_VALUE. */
  int rank(Case c, String question) {
    List<String> articles = articlesFound(question);
    for (int i = 0; i < articles.size(); i++) {
      for (Gold g : c.gold()) {
        if (articles.get(i).equals(g.doc() + "#" + g.article())) return i + 1;
      }
    }
    return Integer.MAX_VALUE;
  }

  private List<String> articlesFound(String question) {
    Set<String> found = new LinkedHashSet<>();
    try {
      for (Located hit : ranking.of(question)) {
        articleOf(hit.path()).ifPresent(a -> found.add(hit.docId() + "#" + a));
        if (found.size() >= 10) break;
      }
    } catch (InvalidQueryException e) {
      return List.of();
    }
    return List.copyOf(found);
  }

  static java.util.Optional<String> articleOf(List<String> path) {
    for (String entry : path) {
      Matcher m = ARTICLE.matcher(entry);
      if (m.find()) return java.util.Optional.of(m.group(1).toLowerCase(Locale.ROOT));
    }
    return java.util.Optional.empty();
  }
}

package vn.sotay.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.sotay.search.SearchHit;

/**
 * Counts, "who" and "when": the one sentence that says it, quoted with its passage. The sentence must hold what
 * the kind asks for (a figure, an actor, a date) and is taken from one of the best few passages, as the ranking
 * already weighed the whole question; a sentence that also holds the question's focus ("chủ trì" after "ai",
 * "dự án" after "bao nhiêu") is preferred, so a figure about something else does not answer.
 */
final class SentenceAnswers {
  static final int DEPTH = 2;
  /**
   * For a count, passages scored within a few percent of the first are as good a source, up to this many in all: a
   * count is stated once, in a lead-in ("triển khai 4 nhóm giải pháp:") that ranks level with the items it counts.
   */
  private static final int TIED_DEPTH = 5;
  private static final double TIED = 0.97;
  private static final Pattern DATE = Pattern.compile(
      "(?iu)(ngày\\s+\\d{1,2}|tháng\\s+\\d{1,2}|năm\\s+\\d{4}|quý\\s+[IVX\\d]+|\\d{1,2}/\\d{1,2}/\\d{4}|\\d{1,2}/\\d{4}|cuối năm|đầu năm|hằng năm|trước ngày)");
  private static final Pattern ACTOR = Pattern.compile(
      "(chủ trì|Chủ tịch|Bí thư|Giám đốc|Ban |Sở |Ủy ban|Tỉnh ủy|Văn phòng|ông |bà |đồng chí|Trưởng|phụ trách|giao )");
  private static final Pattern FIGURE = Pattern.compile("\\d");
  /** An item's number ("1.", "2)") is no figure of what the sentence says. */
  private static final Pattern ITEM_LABEL = Pattern.compile("^\\s*(?:\\d{1,3}[.)]|[a-zđ]\\)|[-+])\\s+");
  /**
   * "Hiện nay đạt bao nhiêu?" asks what has been reached, which documents state beside the targets set ("đến cuối
   * năm 2023 đạt ít nhất 50%"): a target answers it only when nothing else does.
   */
  private static final Pattern ASKS_CURRENT = Pattern.compile(" (hien nay|hien tai|da dat|dat duoc|thuc te|now|currently) ");
  private static final Pattern TARGET = Pattern.compile("\\b(den (cuoi )?nam \\d{4}|phan dau|muc tieu|it nhat)\\b");
  private static final double FOCUS_BONUS = 1.5;
  private static final double NO_FOCUS = 0.5;
  /** Most words between two of the counted things for the sentence to be naming them one by one. */
  private static final int ENUMERATION_GAP = 4;

  private final Replies replies;

  SentenceAnswers(Replies replies) {
    this.replies = replies;
  }

  Answer answer(Question q, List<SearchHit> hits) {
    Pattern wanted = switch (q.kind()) {
      case COUNT -> FIGURE;
      case WHEN -> DATE;
      case WHO -> ACTOR;
      default -> throw new IllegalArgumentException("not a sentence question: " + q.kind());
    };
    List<String> words = Sentences.sequence(q.keywords());
    boolean asksCurrent = ASKS_CURRENT.matcher(" " + QuestionParser.fold(q.text() + " " + q.searchText()) + " ").find();
    SearchHit bestHit = null;
    String best = null;
    double bestScore = 0;
    for (int i = 0; i < Math.min(TIED_DEPTH, hits.size()); i++) {
      SearchHit h = hits.get(i);
      if (i >= DEPTH && (q.kind() != Question.Kind.COUNT || h.score() < hits.get(0).score() * TIED)) break;
      double rankWeight = hits.get(0).score() > 0 ? Math.min(1.0, h.score() / hits.get(0).score()) : 1.0;
      for (String s : Sentences.split(h.text())) {
        // a count may be stated by enumeration ("đào tạo trình độ đại học, thạc sĩ, tiến sĩ") rather than a figure
        boolean enumerates = q.kind() == Question.Kind.COUNT && q.focus() != null
            && enumerates(" " + QuestionParser.fold(s) + " ", q.focus());
        if (!wanted.matcher(ITEM_LABEL.matcher(s).replaceFirst("")).find() && !enumerates) continue;
        double score = Sentences.match(words, s + " " + String.join(" ", h.path())) * rankWeight * focus(q, s)
            * (asksCurrent && TARGET.matcher(QuestionParser.fold(s)).find() ? NO_FOCUS : 1.0);
        if (score > bestScore) {
          bestScore = score;
          best = s;
          bestHit = h;
        }
      }
    }
    if (bestHit == null || bestScore < Replies.MIN_COVERAGE * 0.8 || !replies.answers(q, bestHit)) {
      return replies.passages(q, hits);
    }
    List<Answer.Citation> citations = new ArrayList<>();
    citations.add(Citations.of(bestHit));
    SearchHit chosen = bestHit;
    hits.stream().filter(h -> h != chosen).limit(2).forEach(h -> citations.add(Citations.of(h)));
    String kind = q.kind() == Question.Kind.COUNT ? "count" : "passage";
    return new Answer(q.text(), kind, "Theo " + Citations.name(bestHit) + ": “" + best + "” [1]", List.of(), citations);
  }

  /**
   * How well a sentence holds the question's focus: for a count, a figure before the counted words or an
   * enumeration naming them several times ("trình độ sơ cấp, trình độ trung cấp, ..."); else the asked action.
   */
  private static double focus(Question q, String sentence) {
    String folded = " " + QuestionParser.fold(sentence) + " ";
    String counted = q.focus() != null ? q.focus() : q.noun();
    if (q.kind() == Question.Kind.COUNT && counted != null && !Character.isLetter(counted.charAt(0))) {
      // a unit asked by its symbol ("%"): a figure written with it
      return Pattern.compile("\\d\\s?" + Pattern.quote(counted)).matcher(sentence).find() ? FOCUS_BONUS : NO_FOCUS;
    }
    if (q.kind() == Question.Kind.COUNT && counted != null) {
      if (Pattern.compile("\\s\\d[\\d.,%/-]*(\\s\\d+)*\\s+" + Pattern.quote(counted) + "\\s").matcher(folded).find()) {
        return FOCUS_BONUS;
      }
      int named = folded.split(" " + Pattern.quote(counted) + " ", -1).length - 1;
      if (enumerates(folded, counted)) return FOCUS_BONUS;
      return q.focus() != null && named == 0 ? NO_FOCUS : 1.0;
    }
    if (q.focus() == null) return 1.0;
    return folded.contains(" " + q.focus() + " ") ? FOCUS_BONUS : NO_FOCUS;
  }

  /** The counted words come back within a few words, as in a run of named things ("trình độ A, trình độ B"). */
  private static boolean enumerates(String folded, String counted) {
    String[] parts = folded.split(" " + Pattern.quote(counted) + " ", -1);
    for (int i = 1; i < parts.length - 1; i++) {
      if (parts[i].isBlank() || parts[i].strip().split("\\s+").length <= ENUMERATION_GAP) return true;
    }
    return false;
  }
}

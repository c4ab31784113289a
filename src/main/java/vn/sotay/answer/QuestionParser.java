package vn.sotay.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.sotay.text.NumberQuery;
import vn.sotay.text.NumberWords;
import vn.sotay.text.Syllables;
import vn.sotay.text.VietnameseNormalizer;

/**
 * Understands a question as typed (with or without diacritics, in English, with filler): its kind, the counted
 * noun and number, the document number it names, and the text to search. Works on folded text so "chin nhiem vu"
 * and "chín nhiệm vụ" read the same.
 */
public final class QuestionParser {
  /** Conversational filler, folded; removed from the searched text. */
  private static final Pattern FILLER = Pattern.compile(
      "\\b(cho (toi|minh|em|chau) (hoi|biet|xem)|cho hoi|xin hoi|xin cho biet|toi muon biet|lam on|ban oi|voi a|a$|nhe$|vay$)");
  /** Question words, folded; they shape the kind and are not searched. */
  private static final Pattern QUESTION_WORDS = Pattern.compile(
      "\\b(la gi|gom nhung gi|gom nhung|gom|nhung gi|nhung|nao|gi|bao nhieu|may|la bao nhieu|nhu the nao|the nao|ra sao|co phai|khong|ai|khi nao|bao gio|luc nao|ngay nao|o dau|ve viec gi|noi ve|de cap|ve)\\b");
  private static final Pattern COUNTED = Pattern.compile("\\b(\\d{1,3})\\s+((?:[a-z]+\\s?){1,4})");
  private static final Pattern LIST_NOUNS = Pattern.compile(
      "\\b(nhom nhiem vu|nhom giai phap|nhiem vu trong tam|nhiem vu|giai phap|muc tieu|chi tieu|khau dot pha|dot pha|quan diem|nguyen tac|noi dung|linh vuc|yeu cau|du an)\\b");
  private static final Pattern ASKS_LIST = Pattern.compile("\\b(la gi|gom|nhung|cac|nao|liet ke|ke ten|what|which|list)\\b");
  private static final Pattern ASKS_COUNT = Pattern.compile("\\b(bao nhieu|may|how many|how much)\\b");
  private static final Pattern ASKS_WHO = Pattern.compile("\\b(ai|co quan nao|don vi nao|nguoi nao|who)\\b");
  private static final Pattern ASKS_WHEN = Pattern.compile("\\b(khi nao|bao gio|luc nao|ngay nao|thoi gian nao|thang nao|nam nao|thoi han|when)\\b");
  /** The one or two words after "ai" / "bao nhiêu" / "mấy": what the answering sentence says of its subject. */
  private static final Pattern WHO_FOCUS = Pattern.compile("\\bai\\s+([a-z]+(?:\\s[a-z]+)?)");
  /** Units asked for after "bao nhiêu" that documents write as a symbol: "9-10%" answers "bao nhiêu phần trăm". */
  private record Unit(String symbol, Pattern words) {}

  private static final Map<String, Unit> UNITS = Map.of("phan tram", new Unit("%", Pattern.compile("(?i)ph(ầ|a)n tr(ă|a)m")));
  private static final Pattern COUNT_FOCUS = Pattern.compile("\\b(?:bao nhieu|may)\\s+([a-z]+(?:\\s[a-z]+)?)");

  public Question parse(String question) {
    String text = VietnameseNormalizer.normalize(question == null ? "" : question).strip();
    String language = "vi";
    String vietnamese = text;
    if (Glossary.isEnglish(text)) {
      language = "en";
      vietnamese = Glossary.toVietnamese(text);
    }
    String digits = NumberWords.toDigits(vietnamese);
    String folded = fold(digits);
    String search = strip(digits, List.of(FILLER));
    String keywords = strip(digits, List.of(FILLER, QUESTION_WORDS));

    Optional<NumberQuery> number = NumberQuery.parse(text).or(() -> NumberQuery.find(digits));
    String documentNumber = number.map(NumberQuery::number).isPresent() ? digitsOrNumber(text, digits) : null;
    Integer count = null;
    String noun = null;
    Matcher counted = COUNTED.matcher(folded);
    while (counted.find()) {
      Matcher listNoun = LIST_NOUNS.matcher(counted.group(2));
      if (listNoun.lookingAt() && !numbersADocument(folded.substring(0, counted.start()))) {
        count = Integer.parseInt(counted.group(1));
        noun = listNoun.group(1);
        break;
      }
    }
    if (noun == null) noun = askedNoun(folded);

    Question.Kind kind;
    String typed = fold(text);
    boolean asksCount = ASKS_COUNT.matcher(typed).find() || ASKS_COUNT.matcher(folded).find();
    boolean asksWhen = ASKS_WHEN.matcher(folded).find() || ASKS_WHEN.matcher(typed).find();
    boolean asksWho = ASKS_WHO.matcher(folded).find() || ASKS_WHO.matcher(typed).find();
    if (number.isPresent() && !asksCount && !asksWhen && !asksWho && noun == null && !asksWithin(keywords)) {
      kind = Question.Kind.DOCUMENT;
    } else if (asksCount) {
      kind = Question.Kind.COUNT;
    } else if (noun != null && (count != null || ASKS_LIST.matcher(folded).find() || ASKS_LIST.matcher(typed).find())) {
      kind = Question.Kind.LIST;
    } else if (asksWhen) {
      kind = Question.Kind.WHEN;
    } else if (asksWho) {
      kind = Question.Kind.WHO;
    } else {
      kind = Question.Kind.PASSAGE;
    }
    String focus = switch (kind) {
      case WHO -> focus(WHO_FOCUS, folded);
      case COUNT -> focus(COUNT_FOCUS, fold(digits.replace("%", " phần trăm ")));
      default -> null;
    };
    Unit unit = focus == null ? null : UNITS.get(focus);
    if (unit != null) {
      // the answer writes the unit as its symbol, so the words of the unit are not looked for in it
      keywords = unit.words().matcher(keywords).replaceAll(" ").replaceAll("\\s+", " ").strip();
      focus = unit.symbol();
    }
    return new Question(text, kind, kind == Question.Kind.LIST ? count : null, noun, documentNumber,
        search.isBlank() ? digits : search, keywords.isBlank() ? search : keywords, focus, language);
  }

  private static String focus(Pattern pattern, String folded) {
    Matcher m = pattern.matcher(folded);
    if (!m.find()) return null;
    String words = QUESTION_WORDS.matcher(m.group(1)).replaceAll(" ").strip();
    return words.isEmpty() ? null : words;
  }

  /** Words beyond the number and "về gì" that ask about something inside the document, not about the document. */
  private static final int WITHIN = 2;
  private static final Pattern ABOUT_WORDS = Pattern.compile("\\b(so|noi|viec|ban hanh|trich yeu|quy dinh|co|ve|gi|cua)\\b");

  /** "Chỉ thị 12 nói gì về tổ công nghệ số?" asks about a topic within the directive: its passages answer. */
  private static boolean asksWithin(String keywords) {
    // the number itself ("05-NQ/TU", "30/2020") and the type names ("thông báo kết luận") are not a topic
    String rest = " " + fold(keywords).replaceAll("\\S*\\d\\S*", " ").replaceAll("\\s+", " ") + " ";
    for (String name : vn.sotay.text.DocumentTypes.allFoldedNames()) rest = rest.replace(" " + name + " ", " ");
    rest = ABOUT_WORDS.matcher(rest).replaceAll(" ").strip();
    return !rest.isEmpty() && rest.split("\\s+").length >= WITHIN;
  }

  /** "Chỉ thị 12 yêu cầu ...": the figure right after a document type is the document's number, not a count. */
  private static boolean numbersADocument(String before) {
    String text = before.strip().replaceAll("(\\s(so|hanh dong|lien tich))+$", "");
    String[] words = text.split("\\s+");
    for (int take = 1; take <= Math.min(3, words.length); take++) {
      String tail = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - take, words.length));
      if (vn.sotay.text.DocumentTypes.codeOfName(tail).isPresent() || take == 1 && vn.sotay.text.DocumentTypes.codeOf(tail).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The listed noun the question asks for: the one after "những / các / mấy" or before "nào / gì" ("Dự án Kỳ Lân
   * gồm những nhiệm vụ nào?" asks for tasks, not projects); else the first one named.
   */
  private static String askedNoun(String folded) {
    Matcher asked = Pattern.compile("\\b(?:nhung|cac|may)\\s+" + LIST_NOUNS.pattern()).matcher(folded);
    if (asked.find()) return asked.group(1);
    Matcher before = Pattern.compile(LIST_NOUNS.pattern() + "\\s+(?:nao|gi|la gi)\\b").matcher(folded);
    if (before.find()) return before.group(1);
    Matcher any = LIST_NOUNS.matcher(folded);
    return any.find() ? any.group(1) : null;
  }

  /** The typed number as given (the search does the lenient matching). */
  private static String digitsOrNumber(String text, String digits) {
    return NumberQuery.parse(text).isPresent() ? text : digits;
  }

  /** The text without what the patterns match (on its folded form), keeping the original spelling of the rest. */
  static String strip(String text, List<Pattern> patterns) {
    String[] words = text.split("\\s+");
    String[] folded = new String[words.length];
    for (int i = 0; i < words.length; i++) folded[i] = fold(words[i]).replaceAll("[^a-z0-9/\\-]", "");
    boolean[] drop = new boolean[words.length];
    for (Pattern p : patterns) {
      String joined = String.join(" ", folded);
      Matcher m = p.matcher(joined);
      while (m.find()) {
        int start = countSpaces(joined, m.start());
        int end = countSpaces(joined, m.end() - 1);
        for (int i = start; i <= end && i < words.length; i++) drop[i] = true;
      }
    }
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      if (!drop[i]) {
        String w = words[i].replaceAll("[?!]+$", "");
        if (!w.isBlank()) kept.add(w);
      }
    }
    return String.join(" ", kept);
  }

  private static int countSpaces(String s, int upTo) {
    int n = 0;
    for (int i = 0; i < upTo && i < s.length(); i++) if (s.charAt(i) == ' ') n++;
    return n;
  }

  static String fold(String s) {
    return Syllables.fold(s.toLowerCase(Locale.ROOT)).replaceAll("[^a-z0-9/\\-\\s']", " ").replaceAll("\\s+", " ").strip();
  }
}

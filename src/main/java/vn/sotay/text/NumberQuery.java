package vn.sotay.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user typed when looking a document up by number, parsed leniently: "NQ05", "nq 5 tu", "05/NQ-TU",
 * "nghị quyết 05", "nghi quyet so 05-NQ/TU", "nghị định 30/2020", "30-2020-nd-cp". Parts are folded lower case
 * ("nq", "nd", "qdi"), null when not given. {@code exactKey} is set when the input names a complete number and
 * equals {@link DocumentNumber#key()} of that number.
 */
public record NumberQuery(String number, String year, String type, String issuer, String exactKey) {
  /** Issuer codes people type after a number; a word outside this list ends the number ("nq 05 về gì"). */
  private static final Set<String> ISSUERS = Set.of(
      "tw", "tu", "hu", "du", "qu", "ubnd", "hdnd", "cp", "ttg", "qh", "bct", "bbt", "vptw", "bch", "btv",
      "ubtvqh", "btc", "bnv", "bca", "bqp", "byt", "bgddt", "btp", "bkhdt", "bxd", "btnmt", "bldtbxh", "bnnptnt",
      "btttt", "bvhttdl", "nhnn", "mttq", "tandtc", "vksndtc", "ubkt", "vpcp", "ctn", "bdh", "bcd", "ub",
      "vp", "so", "tdtn", "lhpn", "hnd", "ccb");
  /** Department codes that follow UBND/VP in letters ("456/UBND-VX"). */
  private static final Set<String> DEPARTMENTS = Set.of("vx", "kt", "th", "nc", "tc", "xd", "kgvx", "ktn", "dt", "ns");
  private static final Set<String> QUALIFIERS = Set.of("hanh dong", "lien tich");
  /** Marks a type written out in words ("quy định"), told apart from its code ("QĐi"). */
  private static final String NAMED = "~";
  private static final Pattern TOKEN = Pattern.compile(NAMED + "?[a-z]+|\\d+");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
  private static final Pattern SERIAL = Pattern.compile("\\d{1,5}");

  /** The whole input as a number look-up, or empty when it is something else ("9 nhiệm vụ", "năm 2020"). */
  public static Optional<NumberQuery> parse(String userText) {
    return scan(userText, true);
  }

  /** A number named somewhere in a longer text ("Nghị quyết 05 về gì?"). */
  public static Optional<NumberQuery> find(String text) {
    return scan(text, false);
  }

  private static Optional<NumberQuery> scan(String text, boolean whole) {
    if (text == null || text.isBlank() || text.length() > 2000) return Optional.empty();
    String normalized = VietnameseNormalizer.normalize(text).strip();
    Optional<DocumentNumber> official = whole ? DocumentNumber.parse(stripLead(normalized))
        : DocumentNumber.findAll(normalized).stream().findFirst();
    if (official.isPresent()) return Optional.of(of(official.get()));
    List<String> tokens = tokens(normalized);
    for (int i = 0; i < tokens.size(); i++) {
      if (whole && i > 0) break;
      Optional<Match> m = matchAt(tokens, i);
      if (m.isPresent() && (!whole || m.get().end() == tokens.size())) return Optional.of(m.get().query());
    }
    return Optional.empty();
  }

  private static String stripLead(String s) {
    return s.replaceFirst("(?iu)^(số|so)\\s+", "");
  }

  private record Match(NumberQuery query, int end) {}

  private static Optional<Match> matchAt(List<String> t, int i) {
    int j = i;
    String type = typeAt(t, j);
    if (type != null) {
      j++;
      // "chương trình hành động 50", "nghị quyết liên tịch số 01": a qualifier may stand between type and number
      if (j + 1 < t.size() && QUALIFIERS.contains(t.get(j) + " " + t.get(j + 1))) j += 2;
      if (j < t.size() && t.get(j).equals("so")) j++;
      if (j >= t.size() || !SERIAL.matcher(t.get(j)).matches()) return Optional.empty();
      String serial = t.get(j++);
      String year = null;
      if (j < t.size() && YEAR.matcher(t.get(j)).matches()) year = t.get(j++);
      String repeated = typeAt(t, j);
      if (repeated != null && t.get(j).startsWith(NAMED)) repeated = null; // "quyết định 25 quy định ...": prose
      if (repeated != null) { // "nghị quyết số 05-NQ/TU" names the type twice, its code the second time
        type = repeated;
        j++;
      }
      int issuerStart = j;
      j = issuerEnd(t, j);
      String issuer = join(t, issuerStart, j);
      return Optional.of(new Match(build(serial, year, type, issuer), j));
    }
    if (j < t.size() && SERIAL.matcher(t.get(j)).matches()) {
      String serial = t.get(j++);
      String year = null;
      if (j < t.size() && YEAR.matcher(t.get(j)).matches()) year = t.get(j++);
      String after = typeAt(t, j);
      if (after == null) return Optional.empty();
      j++;
      int issuerStart = j;
      j = issuerEnd(t, j);
      return Optional.of(new Match(build(serial, year, after, join(t, issuerStart, j)), j));
    }
    return Optional.empty();
  }

  private static String typeAt(List<String> t, int j) {
    if (j >= t.size()) return null;
    String token = t.get(j).startsWith(NAMED) ? t.get(j).substring(NAMED.length()) : t.get(j);
    return DocumentTypes.codeOf(token).filter(c -> !c.equals("L")).map(DocumentTypes::fold).orElse(null);
  }

  private static int issuerEnd(List<String> t, int j) {
    int start = j;
    while (j < t.size()) {
      String w = t.get(j);
      boolean issuer = ISSUERS.contains(w) || w.matches("qh\\d+") || (j > start && DEPARTMENTS.contains(w));
      if (!issuer) break;
      j++;
    }
    return j;
  }

  private static String join(List<String> t, int from, int to) {
    return from >= to ? null : String.join("-", t.subList(from, to));
  }

  private static NumberQuery build(String serial, String year, String type, String issuer) {
    String number = serial.replaceFirst("^0+(?=\\d)", "");
    String key = null;
    if (type != null && issuer != null) {
      key = number + (year == null ? "" : "-" + year) + "-" + type + "-" + issuer;
    }
    return new NumberQuery(number, year, type, issuer, key);
  }

  private static NumberQuery of(DocumentNumber n) {
    return new NumberQuery(n.number(), n.year(), n.type() == null ? null : DocumentTypes.fold(n.type()),
        n.issuer() == null ? null : DocumentTypes.fold(n.issuer()), n.key());
  }

  /** Folded lower-case words and digit runs, with type names replaced by their codes ("nghi quyet" -> "nq"). */
  static List<String> tokens(String text) {
    String folded = " " + DocumentTypes.fold(text) + " ";
    for (Map.Entry<String, String> e : DocumentTypes.foldedNames().entrySet()) {
      if (e.getKey().contains(" ")) {
        folded = folded.replace(" " + e.getKey() + " ", " " + NAMED + DocumentTypes.fold(e.getValue()) + " ");
      }
    }
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(folded);
    while (m.find()) tokens.add(m.group());
    return tokens;
  }
}

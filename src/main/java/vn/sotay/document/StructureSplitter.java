package vn.sotay.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.sotay.text.Syllables;

/**
 * Splits a document body into passages along its structure: Phần / Chương / Mục / Điều headings, Roman "I." and
 * numbered "1." headings, list items ("1.", "a)", "-", "+") and plain paragraphs. A paragraph ending in ':' is the
 * lead-in of the items that follow it. A law article of at most {@value #ARTICLE_LIMIT} characters is one passage;
 * a longer one gives one passage per clause (khoản). Anchors come from the structure, so they are stable.
 */
final class StructureSplitter {
  static final int ARTICLE_LIMIT = 1500;
  private static final Pattern PART = Pattern.compile("^(Phần|PHẦN)\\s+(thứ\\s+\\S+|THỨ\\s+\\S+|[IVXLC]+|\\d+)\\b[.:]?\\s*(.*)$");
  private static final Pattern CHAPTER = Pattern.compile("^(Chương|CHƯƠNG)\\s+([IVXLC]+|\\d+)\\b[.:]?\\s*(.*)$");
  private static final Pattern SECTION = Pattern.compile("^(Mục|MỤC)\\s+(\\d+|[IVXLC]+)\\b[.:]?\\s*(.*)$");
  private static final Pattern ARTICLE = Pattern.compile("^(Điều|ĐIỀU)\\s+(\\d+[a-zđ]?)\\s*[.:]?\\s*(.*)$");
  private static final Pattern ROMAN = Pattern.compile("^([IVXL]{1,6})\\s*[.\\-–)]\\s*(\\S.*)$");
  private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,2})\\s*[.)]\\s+(\\S.*)$");
  private static final Pattern LETTER = Pattern.compile("^([a-zđ])\\)\\s*(\\S.*)$");
  private static final Pattern BULLET = Pattern.compile("^([-+•–])\\s*(\\S.*)$");
  private static final Pattern BLANKS = Pattern.compile("[ \\t]+");

  /** The title line of a text issued with a decision ("QUY CHẾ", "PHỤ LỤC"): it starts a part of its own. */
  private static final Pattern ANNEX = Pattern.compile(
      "^(QUY CHẾ|QUY ĐỊNH|ĐIỀU LỆ|PHỤ LỤC(\\s+[IVXLC\\d]+)?|HƯỚNG DẪN|DANH MỤC|CHƯƠNG TRÌNH|KẾ HOẠCH|ĐỀ ÁN)$");
  /** After "Điều N." a sentence (ending in "." or ";") or a long text is the article's content, not its title. */
  private static final int ARTICLE_TITLE_LIMIT = 150;

  private static final int LEVEL_ANNEX = -1, LEVEL_PART = 0, LEVEL_CHAPTER = 1, LEVEL_SECTION = 2, LEVEL_ROMAN = 3, LEVEL_NUMBER = 4;

  private record Heading(int level, String key, String text) {}

  /** True when a line opens a structural element (used to rejoin lines a PDF layout broke). */
  static boolean startsStructure(String line) {
    return PART.matcher(line).matches() || CHAPTER.matcher(line).matches() || SECTION.matcher(line).matches()
        || ARTICLE.matcher(line).matches() || ROMAN.matcher(line).matches() || NUMBERED.matcher(line).matches()
        || LETTER.matcher(line).matches() || BULLET.matcher(line).matches();
  }

  private final List<Passage> passages = new ArrayList<>();
  private final List<Heading> path = new ArrayList<>();
  private final Set<String> anchors = new HashSet<>();
  /** Per base, the suffix to try next: anchors are never freed, so the search resumes there (long texts stay linear). */
  private final Map<String, Integer> nextSuffix = new HashMap<>();
  private String lead;
  private boolean inList;
  private int untitledHeadings;

  static List<Passage> split(List<Line> lines) {
    StructureSplitter s = new StructureSplitter();
    s.run(lines.stream().filter(l -> !l.blank()).toList());
    return List.copyOf(s.passages);
  }

  private void run(List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      String text = line.text();
      Matcher m;
      if (ANNEX.matcher(text).matches() && (!passages.isEmpty() || !path.isEmpty())) {
        String heading = text;
        String note = null;
        if (i + 1 < lines.size() && !startsStructure(lines.get(i + 1).text())) {
          String title = lines.get(++i).text();
          int issued = title.indexOf("(Ban hành kèm theo"); // the issuing note is a paragraph of the part, not its title
          if (issued > 0) {
            note = title.substring(issued);
            title = title.substring(0, issued).strip();
          }
          heading = text + " " + title;
        }
        heading(LEVEL_ANNEX, slug(text), heading);
        if (note != null) paragraph(note);
        continue;
      }
      if ((m = ARTICLE.matcher(text)).matches()) {
        int end = i + 1;
        while (end < lines.size() && !endsArticle(lines.get(end).text())) end++;
        article(m.group(2), text, lines.subList(i + 1, end));
        i = end - 1;
        continue;
      }
      int level = -1;
      String key = null;
      if ((m = PART.matcher(text)).matches()) {
        level = LEVEL_PART;
        key = "phan-" + slug(m.group(2));
      } else if ((m = CHAPTER.matcher(text)).matches()) {
        level = LEVEL_CHAPTER;
        key = "chuong-" + slug(m.group(2));
      } else if ((m = SECTION.matcher(text)).matches()) {
        level = LEVEL_SECTION;
        key = "muc-" + slug(m.group(2));
      }
      if (level >= 0) {
        String heading = text;
        if (m.group(3).isEmpty() && i + 1 < lines.size() && isUpper(lines.get(i + 1).text())
            && !startsStructure(lines.get(i + 1).text())) {
          heading = text + ". " + lines.get(++i).text();
        }
        heading(level, key, heading);
        continue;
      }
      if ((m = ROMAN.matcher(text)).matches() && (line.heading() || text.length() <= 160)) {
        heading(LEVEL_ROMAN, slug(m.group(1)), text);
        continue;
      }
      Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
      if ((m = NUMBERED.matcher(text)).matches()) {
        if (line.heading() || looksLikeHeading(text, next)) {
          int depth = m.group(1).split("\\.").length - 1;
          heading(LEVEL_NUMBER + depth, m.group(1).replace('.', '-'), text);
        } else {
          item(m.group(1) + ".", m.group(1).replace('.', '-'), text);
        }
        continue;
      }
      if ((m = LETTER.matcher(text)).matches()) {
        item(m.group(1) + ")", slug(m.group(1)), text);
        continue;
      }
      if ((m = BULLET.matcher(text)).matches()) {
        item(m.group(1).equals("•") || m.group(1).equals("–") ? "-" : m.group(1), null, text);
        continue;
      }
      if (line.heading()) {
        heading(LEVEL_NUMBER + 2, "s" + (++untitledHeadings), text);
        continue;
      }
      paragraph(text);
    }
  }

  /** "1. Kết quả đạt được" heads a section; "1. Nâng cao nhận thức ... của tỉnh." is an item of a list. */
  private boolean looksLikeHeading(String text, Line next) {
    if (inList && lead != null) return false;
    if (text.length() > 120) return false;
    char last = text.charAt(text.length() - 1);
    return last != '.' && last != ';' && last != ',' && last != ':';
  }

  private boolean endsArticle(String text) {
    return ANNEX.matcher(text).matches() || ARTICLE.matcher(text).matches() || CHAPTER.matcher(text).matches() || SECTION.matcher(text).matches()
        || PART.matcher(text).matches();
  }

  private void heading(int level, String key, String text) {
    while (!path.isEmpty() && path.get(path.size() - 1).level() >= level) path.remove(path.size() - 1);
    path.add(new Heading(level, key, text));
    lead = null;
    inList = false;
  }

  private void paragraph(String text) {
    String anchor = add(sectionKey() + "p", null, null, text, pathTexts());
    inList = false;
    lead = text.endsWith(":") ? anchor : null;
  }

  private void item(String label, String key, String text) {
    String base = sectionKey() + (key == null ? "i" : key);
    String anchor = add(base, label, lead, text, pathTexts());
    inList = true;
    if (lead == null && text.endsWith(":")) lead = anchor;
  }

  private void article(String number, String headingLine, List<Line> body) {
    List<String> articlePath = new ArrayList<>(pathTexts());
    Matcher title = ARTICLE.matcher(headingLine);
    title.matches();
    String rest = title.group(3);
    // "Điều 2. Quyết định này có hiệu lực kể từ ngày ..." is content: the path names the article only
    boolean content = rest.length() > ARTICLE_TITLE_LIMIT || rest.endsWith(".") || rest.endsWith(";");
    articlePath.add(content ? title.group(1) + " " + number : headingLine);
    if (content) {
      List<Line> whole = new ArrayList<>();
      whole.add(Line.of(headingLine));
      whole.addAll(body);
      body = whole;
    }
    // articles are numbered through a whole law, or through each text issued with a decision
    String key = annexKey() + "dieu-" + slug(number);
    int length = body.stream().mapToInt(l -> l.text().length() + 1).sum();
    if (length <= ARTICLE_LIMIT) {
      String text = body.isEmpty() ? headingLine : String.join("\n", body.stream().map(Line::text).toList());
      add(key, null, null, text, articlePath);
      return;
    }
    List<String> group = new ArrayList<>();
    String groupKey = key + "-mo-dau";
    String groupLabel = null;
    for (Line l : body) {
      Matcher m = NUMBERED.matcher(l.text());
      if (m.matches() && !m.group(1).contains(".")) {
        if (!group.isEmpty()) add(groupKey, groupLabel, null, String.join("\n", group), articlePath);
        group.clear();
        groupKey = key + "-k" + m.group(1);
        groupLabel = m.group(1) + ".";
      }
      group.add(l.text());
    }
    if (!group.isEmpty()) add(groupKey, groupLabel, null, String.join("\n", group), articlePath);
  }

  /** Adds a passage; a generic base ("...-p", "...-i") is numbered, a structural one gets "-2" only if taken. */
  private String add(String base, String label, String leadAnchor, String text, List<String> pathTexts) {
    boolean generic = base.endsWith("p") && (base.length() == 1 || base.endsWith("-p"))
        || base.endsWith("i") && (base.length() == 1 || base.endsWith("-i"));
    int n = nextSuffix.getOrDefault(base, 1);
    String anchor = generic || n > 1 ? base + (generic ? "" : "-") + n : base;
    while (anchors.contains(anchor)) {
      n++;
      anchor = generic ? base + n : base + "-" + n;
    }
    nextSuffix.put(base, n + 1);
    anchors.add(anchor);
    String clean = BLANKS.matcher(text).replaceAll(" ").strip();
    passages.add(new Passage(anchor, passages.size(), pathTexts, label, leadAnchor, clean));
    return anchor;
  }

  private String annexKey() {
    return !path.isEmpty() && path.get(0).level() == LEVEL_ANNEX ? path.get(0).key() + "-" : "";
  }

  private String sectionKey() {
    StringBuilder k = new StringBuilder();
    for (Heading h : path) k.append(h.key()).append('-');
    return k.toString();
  }

  private List<String> pathTexts() {
    return path.stream().map(Heading::text).toList();
  }

  static String slug(String s) {
    return Syllables.fold(s).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  private static boolean isUpper(String s) {
    return s.chars().anyMatch(Character::isLetter) && s.equals(s.toUpperCase(Locale.ROOT));
  }
}

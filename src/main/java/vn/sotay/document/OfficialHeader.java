package vn.sotay.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.sotay.text.DocumentNumber;
import vn.sotay.text.DocumentTypes;
import vn.sotay.text.Syllables;

/**
 * The header and signature of an official document: issuer lines, the motto, "Số: ...", the place-date line, the
 * type line ("NGHỊ QUYẾT"), the title (trích yếu) and, at the end, the signer. These become metadata, not passages.
 */
record OfficialHeader(String number, String type, String issuer, LocalDate date, String title, String signer,
    List<Line> body) {
  private static final Pattern MOTTO = Pattern.compile(
      "(?iu)^(đảng cộng sản việt nam|cộng hòa xã hội chủ nghĩa việt nam|cộng hoà xã hội chủ nghĩa việt nam|độc lập\\s*[-–]\\s*tự do\\s*[-–]\\s*hạnh phúc|[*_=–—-]{1,}|[-–—_]+\\s*\\*\\s*[-–—_]+)$");
  private static final Pattern NUMBER_LINE = Pattern.compile("(?iu)^Số\\s*:?\\s*(.*)$");
  private static final Pattern ROLE = Pattern.compile(
      "^(T/M|T/L|TM\\.?|KT\\.?|Q\\.|TUQ\\.|TL\\.|BÍ THƯ|PHÓ BÍ THƯ|CHỦ TỊCH|PHÓ CHỦ TỊCH|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|BỘ TRƯỞNG|THỦ TƯỚNG|CHÁNH VĂN PHÒNG|TRƯỞNG BAN|CHỦ NHIỆM)\\b.*");
  private static final Pattern RECIPIENTS = Pattern.compile("(?iu)^nơi nhận\\s*:?.*");
  private static final Pattern NAME = Pattern.compile("^(\\p{Lu}[\\p{L}]*)(\\s+\\p{Lu}[\\p{L}]*){1,4}$");
  private static final int HEADER_LINES = 25;

  /** The header of the lines, when they have one ("Số:" or a type line near the top); else empty. */
  static Optional<OfficialHeader> of(List<Line> all) {
    List<Line> lines = all.stream().filter(l -> !l.blank()).toList();
    int limit = Math.min(HEADER_LINES, lines.size());
    int numberAt = -1;
    int typeAt = -1;
    for (int i = 0; i < limit; i++) {
      String t = lines.get(i).text();
      if (numberAt < 0 && NUMBER_LINE.matcher(t).matches() && t.length() < 120) numberAt = i;
      if (typeAt < 0 && typeOf(t).isPresent()) typeAt = i;
    }
    if (numberAt < 0 && typeAt < 0) return Optional.empty();
    boolean[] header = new boolean[lines.size()];
    String number = null;
    if (numberAt >= 0) {
      header[numberAt] = true;
      String rest = NUMBER_LINE.matcher(lines.get(numberAt).text()).replaceFirst("$1").strip();
      number = DocumentNumber.findAll(rest).stream().findFirst().map(DocumentNumber::raw)
          .orElse(rest.isEmpty() || !rest.matches(".*\\d.*") ? null : rest.split("\\s+")[0]);
    }
    LocalDate date = null;
    List<String> issuerLines = new ArrayList<>();
    int firstAnchor = Math.min(numberAt < 0 ? Integer.MAX_VALUE : numberAt, typeAt < 0 ? Integer.MAX_VALUE : typeAt);
    for (int i = 0; i < limit; i++) {
      String t = lines.get(i).text();
      if (MOTTO.matcher(t).matches()) {
        header[i] = true;
      } else if (date == null && DateLines.isPlaceDateLine(t)) {
        date = DateLines.find(t).orElse(null);
        header[i] = true;
      } else if (i < firstAnchor && isUpper(t) && t.length() <= 200 && !header[i]) {
        issuerLines.add(t);
        header[i] = true;
      } else if (i > firstAnchor && i < typeAt && isUpper(t) && t.length() <= 80) {
        header[i] = true; // header furniture a layout put between the number and the type line
      }
    }
    String type = null;
    String title = null;
    if (typeAt >= 0) {
      header[typeAt] = true;
      type = typeOf(lines.get(typeAt).text()).orElse(null);
      List<String> titleLines = new ArrayList<>();
      for (int i = typeAt + 1; i < Math.min(lines.size(), typeAt + 5); i++) {
        String t = lines.get(i).text();
        if (t.length() > 250 || StructureSplitter.startsStructure(t) || t.matches("^(Căn cứ|CĂN CỨ|Tại |Thực hiện|Ngày \\d|Theo ).*")
            || !titleLines.isEmpty() && isUpper(t) && !isUpper(titleLines.get(titleLines.size() - 1))
            || header[i]) {
          break;
        }
        header[i] = true;
        if (!(isUpper(t) && t.startsWith("CỦA ")) || titleLines.isEmpty() && i + 1 >= lines.size()) titleLines.add(t);
        if (t.matches("(?iu)^v[ềe]\\s.*")) break;
      }
      if (!titleLines.isEmpty()) title = sentenceCase(String.join(" ", titleLines));
      String typeLine = lines.get(typeAt).text();
      if (title == null && typeLine.split("\\s+").length > type.split("\\s+").length) title = sentenceCase(typeLine);
    }
    if (type == null && number != null) {
      type = DocumentNumber.parse(number).map(n -> n.type() == null ? "Công văn" : DocumentTypes.name(n.type())).orElse(null);
    }
    String signer = null;
    int cut = lines.size();
    for (int i = Math.max(firstAnchor + 1, lines.size() - 15); i < lines.size(); i++) {
      String t = lines.get(i).text();
      if (RECIPIENTS.matcher(t).matches() || ROLE.matcher(t).matches() && t.length() < 80) {
        cut = Math.min(cut, i);
      }
    }
    for (int i = lines.size() - 1; i >= cut; i--) {
      String t = lines.get(i).text().replaceAll("\\(.*?\\)", "").strip();
      if (NAME.matcher(t).matches() && !ROLE.matcher(t).matches()) {
        signer = isUpper(t) ? nameCase(t) : t;
        break;
      }
    }
    // a signature inside the text (a decision followed by the regulation it issues) is not a passage either
    for (int i = firstAnchor + 1; i < cut; i++) {
      if (!(ROLE.matcher(lines.get(i).text()).matches() && lines.get(i).text().length() < 60)) continue;
      int j = i;
      while (j < cut && lines.get(j).text().length() < 60 && ROLE.matcher(lines.get(j).text()).matches()) header[j++] = true;
      if (j < cut && NAME.matcher(lines.get(j).text()).matches()) {
        header[j] = true;
        if (signer == null) signer = lines.get(j).text();
      }
      i = j;
    }
    List<Line> body = new ArrayList<>();
    for (int i = 0; i < cut; i++) if (!header[i]) body.add(lines.get(i));
    return Optional.of(new OfficialHeader(number, type, issuer(issuerLines), date, title, signer, List.copyOf(body)));
  }

  /** The type a line in capitals names ("NGHỊ QUYẾT", "CHƯƠNG TRÌNH HÀNH ĐỘNG"), as the type's name. */
  static Optional<String> typeOf(String line) {
    if (line.length() > 60 || !isUpper(line)) return Optional.empty();
    String folded = Syllables.fold(line).toLowerCase(Locale.ROOT).strip();
    String best = null;
    for (String words : List.of("nghi quyet lien tich", "thong tu lien tich", "chuong trinh hanh dong", "nghi quyet",
        "chi thi", "ket luan", "quyet dinh", "quy dinh", "quy che", "huong dan", "thong bao", "ke hoach", "chuong trinh",
        "de an", "bao cao", "to trinh", "cong van", "nghi dinh", "thong tu", "luat", "phap lenh", "cong dien")) {
      if (folded.equals(words) || folded.startsWith(words + " ")) {
        best = words;
        break;
      }
    }
    if (best == null) return Optional.empty();
    return DocumentTypes.codeOfName(best).map(DocumentTypes::name);
  }

  /** "ĐẢNG BỘ TỈNH SƠN HÀ" / "TỈNH ỦY" gives "Tỉnh ủy Sơn Hà"; "ỦY BAN NHÂN DÂN TỈNH SƠN HÀ" keeps its place. */
  static String issuer(List<String> lines) {
    if (lines.isEmpty()) return null;
    String last = lines.get(lines.size() - 1).replaceAll("[*]", "").strip();
    if (last.isEmpty()) return null;
    String issuer = properCase(last);
    if (lines.size() >= 2 && !hasPlace(last)) {
      Matcher m = Pattern.compile("^ĐẢNG BỘ\\s+(TỈNH|HUYỆN|THÀNH PHỐ|THỊ XÃ|QUẬN|XÃ)?\\s*(.+)$").matcher(lines.get(lines.size() - 2));
      if (m.matches()) issuer = issuer + " " + nameCase(m.group(2));
    }
    return issuer;
  }

  private static boolean hasPlace(String s) {
    return s.matches(".*\\b(TỈNH|HUYỆN|THÀNH PHỐ|THỊ XÃ|QUẬN|XÃ|PHƯỜNG)\\s+(?!ỦY|UỶ)\\S.*");
  }

  /** Sentence case for a line in capitals, with place names after "tỉnh", "huyện"... capitalized. */
  static String properCase(String upper) {
    String lower = upper.toLowerCase(new Locale("vi"));
    StringBuilder out = new StringBuilder();
    boolean place = false;
    String[] words = lower.split("\\s+");
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      boolean cap = i == 0 || place;
      if (i > 0 && words[i - 1].equals("bộ") && i == 1) cap = true; // Bộ Y tế, Bộ Tài chính
      out.append(i == 0 ? "" : " ").append(cap && !w.isEmpty() ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
      boolean partyCommittee = i + 1 < words.length && (words[i + 1].equals("ủy") || words[i + 1].equals("uỷ"));
      if (partyCommittee) continue;
      if (w.equals("tỉnh") || w.equals("huyện") || w.equals("xã") || w.equals("phường") || w.equals("quận")
          || (w.equals("phố") && i > 0 && words[i - 1].equals("thành"))) {
        place = true;
      }
    }
    return out.toString();
  }

  /** "TRẦN MINH KHANG" to "Trần Minh Khang". */
  private static String nameCase(String upper) {
    StringBuilder out = new StringBuilder();
    for (String w : upper.toLowerCase(new Locale("vi")).split("\\s+")) {
      if (!out.isEmpty()) out.append(' ');
      out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return out.toString();
  }

  private static String sentenceCase(String s) {
    if (!isUpper(s)) return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    return properCase(s);
  }

  static boolean isUpper(String s) {
    return s.chars().anyMatch(Character::isLetter) && s.equals(s.toUpperCase(Locale.ROOT));
  }
}

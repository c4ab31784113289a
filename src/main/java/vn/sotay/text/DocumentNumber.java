package vn.sotay.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document number (số ký hiệu) and its parts. Party numbers are NUMBER-TYPE/ISSUER (05-NQ/TU); State numbers
 * are NUMBER/TYPE-ISSUER (12/CT-UBND), with the year for legal documents (30/2020/NĐ-CP); letters have no type
 * (456/UBND-VX); joint numbers chain issuers (01/2011/NQLT/UBTVQH-CP-ĐCTUBTWMTTQVN).
 *
 * @param raw as written ("05-NQ/TU", "30/2020/NĐ-CP")
 * @param number the serial number without leading zeros ("5", "30")
 * @param year four digits or null
 * @param type official type code ("NQ", "NĐ", "CT", "QĐi"...) or null for letters (công văn)
 * @param issuer issuer code ("TU", "CP", "UBND", "UBND-VX", "UBTVQH-CP-ĐCTUBTWMTTQVN") or null
 */
public record DocumentNumber(String raw, String number, String year, String type, String issuer) {
  /** Codes are capitals, with one small letter in the official mixed ones (QĐi, CTr, TTg, QyĐ), then digits (QH14). */
  private static final String CODE = "(?:\\p{Lu}{2,}\\p{Ll}?|\\p{Lu}\\p{Ll}\\p{Lu}+|\\p{Lu})\\d*";
  private static final String CODES = CODE + "(?:[-/]" + CODE + ")*";
  /**
   * A serial, then an optional year, then codes; separators are '-' or '/', with optional spaces around. A year
   * typed against its type code ("101/2017NQ-HĐND") is read as if the separator were there.
   */
  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\p{L}\\p{N}/-])(\\d{1,5}[a-z]?)\\s?[-/]\\s?(?:((?:19|20)\\d{2})(?:\\s?[-/]\\s?|(?=\\p{Lu})))?(" + CODES + ")(?![\\p{L}\\p{N}])");

  private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=\\d)");
  private static final Pattern AROUND_SEPARATORS = Pattern.compile("(?=[-/])|(?<=[-/])");
  private static final Pattern SPACES = Pattern.compile("\\s");

  /** One exact-match key: folded, lower case, no leading zeros, '-' separators ("5-nq-tu", "30-2020-nd-cp"). */
  public String key() {
    StringBuilder k = new StringBuilder(number);
    if (year != null) k.append('-').append(year);
    if (type != null) k.append('-').append(type);
    if (issuer != null) k.append('-').append(issuer);
    return DocumentTypes.fold(k.toString()).replace('/', '-');
  }

  /** A serial as serials compare: without its leading zeros ("05" is "5"); null stays null. */
  public static String serialKey(String serial) {
    return serial == null ? null : LEADING_ZEROS.matcher(serial).replaceFirst("");
  }

  /** Strict parse of a string that is exactly one document number (surrounding spaces allowed). */
  public static Optional<DocumentNumber> parse(String text) {
    if (text == null) return Optional.empty();
    String s = VietnameseNormalizer.normalize(text).strip();
    Matcher m = NUMBER.matcher(s);
    return m.matches() ? Optional.of(of(m)) : Optional.empty();
  }

  /** Every document number written in a text, in order. */
  public static List<DocumentNumber> findAll(String text) {
    List<DocumentNumber> found = new ArrayList<>();
    if (text == null) return found;
    Matcher m = NUMBER.matcher(VietnameseNormalizer.normalize(text));
    while (m.find()) found.add(of(m));
    return found;
  }

  private static DocumentNumber of(Matcher m) {
    String serial = serialKey(m.group(1)).toLowerCase(Locale.ROOT);
    String year = m.group(2);
    String[] codes = AROUND_SEPARATORS.split(m.group(3));
    // codes alternate CODE, separator, CODE...; the first code is the type when it is a known one.
    List<String> parts = new ArrayList<>();
    for (String c : codes) if (!c.equals("-") && !c.equals("/")) parts.add(c);
    String type = null;
    int from = 0;
    Optional<String> known = DocumentTypes.codeOf(parts.get(0));
    if (known.isPresent() && parts.size() > 1) {
      type = known.get();
      from = 1;
    }
    String issuer = null;
    if (from < parts.size()) {
      // keep the issuer as written, from the first issuer code on
      String all = m.group(3);
      int start = 0;
      for (int i = 0; i < from; i++) start = all.indexOf(parts.get(i), start) + parts.get(i).length() + 1;
      issuer = all.substring(start);
    }
    String raw = SPACES.matcher(m.group()).replaceAll("");
    return new DocumentNumber(raw, serial, year, type, issuer);
  }
}

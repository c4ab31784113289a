package vn.sotay.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The abbreviations of Party and State documents (UBND, HĐND, TU, BCH ...) and their full forms. Ambiguous ones
 * (TU is also "tu dưỡng", CT also "Chủ tịch", KL also "kỷ luật", TT also "thị trấn") are expanded only when typed
 * in capitals; the others in any case, with or without đ.
 */
public final class Abbreviations {
  private static final Map<String, String> FULL = new LinkedHashMap<>();
  private static final Set<String> CAPITALS_ONLY = Set.of("TU", "HU", "CT", "KL", "TT", "TB", "HD", "KH", "BC", "ĐA", "DA");

  static {
    FULL.put("UBND", "Ủy ban nhân dân");
    FULL.put("HĐND", "Hội đồng nhân dân");
    FULL.put("MTTQ", "Mặt trận Tổ quốc");
    FULL.put("TW", "Trung ương");
    FULL.put("TU", "Tỉnh ủy");
    FULL.put("HU", "Huyện ủy");
    FULL.put("ĐU", "Đảng ủy");
    FULL.put("BCH", "Ban Chấp hành");
    FULL.put("BTV", "Ban Thường vụ");
    FULL.put("BCT", "Bộ Chính trị");
    FULL.put("BBT", "Ban Bí thư");
    FULL.put("UBKT", "Ủy ban Kiểm tra");
    FULL.put("KT-XH", "kinh tế - xã hội");
    FULL.put("QP-AN", "quốc phòng - an ninh");
    FULL.put("CCHC", "cải cách hành chính");
    FULL.put("CĐS", "chuyển đổi số");
    FULL.put("KCN", "khu công nghiệp");
    FULL.put("NSNN", "ngân sách nhà nước");
    FULL.put("NQ", "Nghị quyết");
    FULL.put("CT", "Chỉ thị");
    FULL.put("KL", "Kết luận");
    FULL.put("QĐ", "Quyết định");
    FULL.put("KH", "Kế hoạch");
    FULL.put("CTr", "Chương trình");
    FULL.put("ĐA", "Đề án");
    FULL.put("TB", "Thông báo");
    FULL.put("HD", "Hướng dẫn");
    FULL.put("BC", "Báo cáo");
    FULL.put("NĐ", "Nghị định");
    FULL.put("TT", "Thông tư");
  }

  private Abbreviations() {}

  /** The full form of one typed word, or null. "ubnd", "UBND" and "hdnd" expand; "tu" does not, "TU" does. */
  public static String expand(String word) {
    String stripped = word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    for (Map.Entry<String, String> e : FULL.entrySet()) {
      String abbr = e.getKey();
      if (stripped.equals(abbr) || !CAPITALS_ONLY.contains(abbr) && same(stripped, abbr)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** Every abbreviation in the text replaced by its full form; the text itself when there is none. */
  public static String expandAll(String text) {
    List<String> out = new ArrayList<>();
    for (String word : text.strip().split("\\s+")) {
      String full = expand(word);
      out.add(full == null ? word : full);
    }
    return String.join(" ", out);
  }

  /** Full forms in the text replaced by their abbreviations (for texts that write "UBND tỉnh"). */
  public static String abbreviateAll(String text) {
    String folded = Syllables.fold(text).toLowerCase(Locale.ROOT);
    String result = text;
    for (Map.Entry<String, String> e : FULL.entrySet()) {
      if (CAPITALS_ONLY.contains(e.getKey()) || e.getKey().length() < 3) continue;
      String full = Syllables.fold(e.getValue()).toLowerCase(Locale.ROOT);
      int at = folded.indexOf(full);
      // folding keeps lengths of precomposed text, so the position maps back onto the original
      if (at >= 0 && folded.length() == result.length()) {
        result = result.substring(0, at) + e.getKey() + result.substring(at + full.length());
        folded = Syllables.fold(result).toLowerCase(Locale.ROOT);
      }
    }
    return result;
  }

  private static boolean same(String typed, String abbr) {
    return Syllables.fold(typed).equalsIgnoreCase(Syllables.fold(abbr));
  }
}

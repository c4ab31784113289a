package vn.sotay.text;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The type codes of Vietnamese document numbers (Hướng dẫn 36-HD/VPTW for the Party, Nghị định 30/2020/NĐ-CP for
 * the State) and the names they stand for. Codes keep their official case: QĐi (Quy định) is not QĐ (Quyết định).
 */
public final class DocumentTypes {
  private static final Map<String, String> NAMES = new LinkedHashMap<>();

  static {
    String[][] table = {
        {"NQ", "Nghị quyết"}, {"CT", "Chỉ thị"}, {"KL", "Kết luận"}, {"QĐ", "Quyết định"}, {"QĐi", "Quy định"},
        {"QC", "Quy chế"}, {"HD", "Hướng dẫn"}, {"TB", "Thông báo"}, {"KH", "Kế hoạch"}, {"CTr", "Chương trình"},
        {"ĐA", "Đề án"}, {"BC", "Báo cáo"}, {"TTr", "Tờ trình"}, {"CV", "Công văn"}, {"NĐ", "Nghị định"},
        {"TT", "Thông tư"}, {"TTLT", "Thông tư liên tịch"}, {"NQLT", "Nghị quyết liên tịch"}, {"CĐ", "Công điện"},
        {"PL", "Pháp lệnh"}, {"L", "Luật"}, {"KH", "Kế hoạch"}, {"DA", "Dự án"}, {"BB", "Biên bản"},
        {"QyĐ", "Quy định"}, {"HD", "Hướng dẫn"}, {"GM", "Giấy mời"}, {"CTHĐ", "Chương trình hành động"}};
    for (String[] row : table) NAMES.putIfAbsent(row[0], row[1]);
  }

  /** Folded lower-case code ("qdi") to official code ("QĐi"). */
  private static final Map<String, String> BY_FOLDED = new LinkedHashMap<>();
  /** Folded lower-case name ("nghi quyet") to official code. */
  private static final Map<String, String> BY_NAME = new LinkedHashMap<>();

  static {
    for (var e : NAMES.entrySet()) {
      BY_FOLDED.putIfAbsent(fold(e.getKey()), e.getKey());
      BY_NAME.putIfAbsent(fold(e.getValue()), e.getKey());
    }
    BY_NAME.put("quy dinh", "QĐi");
    BY_NAME.put("chuong trinh hanh dong", "CTr");
  }

  private DocumentTypes() {}

  /** "NQ" to "Nghị quyết"; null for a code that is not a type. */
  public static String name(String code) {
    return code == null ? null : NAMES.get(code);
  }

  /** The official code a typed code stands for, any case and accents ("qd" to "QĐ", "QDI" to "QĐi"). */
  public static Optional<String> codeOf(String typed) {
    if (typed == null) return Optional.empty();
    if (NAMES.containsKey(typed)) return Optional.of(typed);
    return Optional.ofNullable(BY_FOLDED.get(fold(typed)));
  }

  /** The code of a type name, any accents ("nghi quyet" to "NQ"); empty when the name is not a type. */
  public static Optional<String> codeOfName(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(fold(name).strip()));
  }

  /** Every type name and code, folded ("nghi quyet", "nq"), longest first. */
  public static java.util.List<String> allFoldedNames() {
    java.util.List<String> all = new java.util.ArrayList<>(BY_NAME.keySet());
    all.addAll(BY_FOLDED.keySet());
    all.sort((a, b) -> b.length() - a.length());
    return all;
  }

  /** Type names by folded form, longest first, for finding them in folded text. */
  static Map<String, String> foldedNames() {
    return BY_NAME;
  }

  static String fold(String s) {
    return Syllables.fold(s).toLowerCase(Locale.ROOT);
  }
}

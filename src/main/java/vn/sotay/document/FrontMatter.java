package vn.sotay.document;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An optional "---" block at the top of a .md/.txt file that sets metadata; keys in English or Vietnamese
 * (number/so_hieu, type/loai, issuer/co_quan, date/ngay_ban_hanh, title/trich_yeu, signer/nguoi_ky, kind, access).
 */
record FrontMatter(Map<String, String> fields, String body) {
  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("so_hieu", "number"), Map.entry("so", "number"), Map.entry("loai", "type"),
      Map.entry("co_quan", "issuer"), Map.entry("ngay_ban_hanh", "date"), Map.entry("ngay", "date"),
      Map.entry("trich_yeu", "title"), Map.entry("tieu_de", "title"), Map.entry("nguoi_ky", "signer"),
      Map.entry("loai_tai_lieu", "kind"), Map.entry("quyen_truy_cap", "access"));

  static FrontMatter parse(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (!t.startsWith("---")) return new FrontMatter(Map.of(), text);
    int firstEnd = t.indexOf('\n');
    if (firstEnd < 0 || !t.substring(0, firstEnd).strip().equals("---")) return new FrontMatter(Map.of(), text);
    int close = t.indexOf("\n---", firstEnd);
    if (close < 0) return new FrontMatter(Map.of(), text);
    Map<String, String> fields = new HashMap<>();
    for (String line : t.substring(firstEnd + 1, close).split("\n")) {
      int colon = line.indexOf(':');
      if (colon <= 0) continue;
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
        value = value.substring(1, value.length() - 1);
      }
      if (!value.isEmpty()) fields.put(ALIASES.getOrDefault(key, key), value);
    }
    int after = t.indexOf('\n', close + 1);
    return new FrontMatter(Map.copyOf(fields), after < 0 ? "" : t.substring(after + 1));
  }
}

package vn.sotay.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * English questions mapped onto the Vietnamese of the documents through a curated bilingual glossary of the
 * domain; the answer itself stays Vietnamese, quoted from the documents.
 */
final class Glossary {
  /** Longest phrases first, so "key tasks" wins over "tasks". */
  private static final Map<String, String> TERMS = new LinkedHashMap<>();
  private static final Set<String> ENGLISH_WORDS = Set.of("what", "which", "who", "when", "where", "how", "many",
      "much", "are", "is", "the", "of", "does", "do", "about", "for", "and", "list", "tell", "me", "please", "in",
      "a", "an", "to", "by", "on", "say", "says", "give", "show", "there", "its", "their", "this", "that", "with");
  private static final Set<String> DROPPED = Set.of("what", "which", "are", "is", "the", "of", "does", "do", "for",
      "list", "tell", "me", "please", "in", "a", "an", "to", "by", "on", "say", "says", "give", "show", "there", "its",
      "their", "this", "that", "with", "and", "about", "at", "from", "has", "have", "was", "were");

  static {
    String[][] pairs = {
        {"provincial party committee", "Tỉnh ủy"}, {"people's committee", "Ủy ban nhân dân"},
        {"peoples committee", "Ủy ban nhân dân"}, {"people's council", "Hội đồng nhân dân"},
        {"standing committee", "Ban Thường vụ"}, {"key tasks", "nhiệm vụ trọng tâm"}, {"main tasks", "nhiệm vụ trọng tâm"},
        {"groups of tasks", "nhóm nhiệm vụ"}, {"task groups", "nhóm nhiệm vụ"}, {"groups of solutions", "nhóm giải pháp"},
        {"solution groups", "nhóm giải pháp"}, {"industrial parks", "khu công nghiệp"}, {"industrial park", "khu công nghiệp"},
        {"budget revenue", "thu ngân sách"}, {"state budget", "ngân sách nhà nước"}, {"growth target", "mục tiêu tăng trưởng"},
        {"economic growth", "tăng trưởng kinh tế"}, {"human resources", "nguồn nhân lực"}, {"workforce", "nguồn nhân lực"},
        {"digital transformation", "chuyển đổi số"}, {"administrative reform", "cải cách hành chính"},
        {"public investment", "đầu tư công"}, {"public services", "dịch vụ công"}, {"online public services", "dịch vụ công trực tuyến"},
        {"mid-term", "giữa nhiệm kỳ"}, {"midterm", "giữa nhiệm kỳ"}, {"party congress", "Đại hội Đảng bộ"},
        {"action programme", "chương trình hành động"}, {"action program", "chương trình hành động"},
        {"how many", "bao nhiêu"}, {"how much", "bao nhiêu"}, {"what are the", ""}, {"who chairs", "ai chủ trì"},
        {"who chaired", "ai chủ trì"}, {"who", "ai"}, {"when", "khi nào"}, {"resolution", "nghị quyết"}, {"directive", "chỉ thị"},
        {"conclusion", "kết luận"}, {"programme", "chương trình"}, {"program", "chương trình"}, {"plan", "kế hoạch"},
        {"project", "đề án"}, {"scheme", "đề án"}, {"decision", "quyết định"}, {"notice", "thông báo"},
        {"regulation", "quy chế"}, {"tasks", "nhiệm vụ"}, {"task", "nhiệm vụ"}, {"solutions", "giải pháp"},
        {"solution", "giải pháp"}, {"measures", "giải pháp"}, {"targets", "chỉ tiêu"}, {"target", "mục tiêu"},
        {"goals", "mục tiêu"}, {"goal", "mục tiêu"}, {"objectives", "mục tiêu"}, {"growth", "tăng trưởng"},
        {"investment", "đầu tư"}, {"investors", "nhà đầu tư"}, {"disbursement", "giải ngân"}, {"tourism", "du lịch"},
        {"agriculture", "nông nghiệp"}, {"education", "giáo dục"}, {"vocational training", "giáo dục nghề nghiệp"},
        {"health care", "y tế"}, {"healthcare", "y tế"}, {"poverty reduction", "giảm nghèo"}, {"environment", "môi trường"},
        {"security", "an ninh"}, {"defence", "quốc phòng"}, {"defense", "quốc phòng"}, {"commune level", "cấp xã"}, {"district level", "cấp huyện"}, {"provincial level", "cấp tỉnh"}, {"province", "tỉnh"},
        {"provincial", "tỉnh"}, {"district", "huyện"}, {"commune", "xã"}, {"conference", "hội nghị"}, {"congress", "đại hội"},
        {"term", "nhiệm kỳ"}, {"year", "năm"}, {"labour", "lao động"}, {"labor", "lao động"}, {"trained", "qua đào tạo"},
        {"training", "đào tạo"}, {"data", "dữ liệu"}, {"data centre", "trung tâm dữ liệu"}, {"data center", "trung tâm dữ liệu"},
        {"implementation", "tổ chức thực hiện"}, {"key", "trọng tâm"}, {"groups", "nhóm"}, {"group", "nhóm"},
        {"one", "1"}, {"two", "2"}, {"three", "3"}, {"four", "4"}, {"five", "5"}, {"six", "6"}, {"seven", "7"},
        {"eight", "8"}, {"nine", "9"}, {"ten", "10"}};
    List<String[]> sorted = new ArrayList<>(List.of(pairs));
    sorted.sort((a, b) -> b[0].length() - a[0].length());
    for (String[] p : sorted) TERMS.put(p[0], p[1]);
  }

  private Glossary() {}

  /** True when the text reads as English: mostly plain ASCII words and some English function words. */
  static boolean isEnglish(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9'\\s-]", " ").strip().split("\\s+");
    if (words.length < 2 || !text.chars().allMatch(c -> c < 128)) return false;
    long english = java.util.Arrays.stream(words).filter(ENGLISH_WORDS::contains).count();
    // Vietnamese typed without marks is still made of syllables; English mostly is not
    long notSyllables = java.util.Arrays.stream(words)
        .filter(w -> !w.matches("\\d+") && !vn.sotay.text.Syllables.isValid(w)).count();
    return english >= Math.max(1, words.length / 4) || notSyllables * 2 >= words.length;
  }

  /** The Vietnamese query for an English question: glossary phrases replaced, English function words dropped. */
  static String toVietnamese(String english) {
    String s = " " + english.toLowerCase(Locale.ROOT).replaceAll("[?!.,;:\"()]", " ").replaceAll("\\s+", " ").strip() + " ";
    for (Map.Entry<String, String> e : TERMS.entrySet()) {
      s = s.replace(" " + e.getKey() + " ", " " + (e.getValue().isEmpty() ? "" : "\u0001" + e.getValue() + "\u0001") + " ");
    }
    List<String> out = new ArrayList<>();
    // translated phrases are fenced by \u0001: odd segments are Vietnamese already, even ones are left-over English
    String[] parts = s.split("\u0001", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i % 2 == 1) {
        out.add(parts[i].strip());
        continue;
      }
      for (String w : parts[i].strip().split("\\s+")) if (!w.isEmpty() && !DROPPED.contains(w)) out.add(w);
    }
    return String.join(" ", out).replaceAll("\\s+", " ").strip();
  }
}

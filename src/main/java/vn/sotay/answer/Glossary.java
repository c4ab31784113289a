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
        {"housing", "nhà ở"}, {"workers", "công nhân"}, {"worker", "công nhân"}, {"labourers", "người lao động"},
        {"hospital", "bệnh viện"}, {"schools", "trường"}, {"school", "trường"}, {"roads", "đường"}, {"road", "đường"},
        {"farmers", "nông dân"}, {"poor households", "hộ nghèo"}, {"poverty", "nghèo"}, {"tax", "thuế"},
        {"land", "đất"}, {"site clearance", "giải phóng mặt bằng"}, {"land clearance", "giải phóng mặt bằng"},
        {"officials", "cán bộ"}, {"civil servants", "công chức"}, {"party members", "đảng viên"},
        {"key targets", "chỉ tiêu chủ yếu"}, {"main targets", "chỉ tiêu chủ yếu"}, {"half the term", "nửa nhiệm kỳ"},
        {"half", "nửa"}, {"after", "sau"}, {"meet", "đạt"}, {"met", "đạt"}, {"achieved", "đạt"}, {"achieve", "đạt"},
        {"reach", "đạt"}, {"who signed", "ai ký"}, {"signed", "ký"}, {"issued", "ban hành"}, {"effective", "hiệu lực"},
        {"deadline", "thời hạn"}, {"report", "báo cáo"}, {"inspection", "kiểm tra"}, {"supervision", "giám sát"},
        {"corruption", "tham nhũng"}, {"fees", "phí"}, {"tuition", "học phí"}, {"vocational", "nghề"},
        {"public administrative service centre", "Trung tâm Phục vụ hành chính công"},
        {"public administrative service center", "Trung tâm Phục vụ hành chính công"}, {"centre", "trung tâm"},
        {"center", "trung tâm"}, {"satisfaction", "hài lòng"}, {"working hours", "thời gian làm việc"},
        {"working days", "thời gian làm việc"}, {"apartments", "căn"}, {"registered capital", "vốn đăng ký"},
        {"capital", "vốn"}, {"projects", "dự án"}, {"investment promotion", "xúc tiến đầu tư"},
        {"occupancy rate", "tỷ lệ lấp đầy"}, {"culture", "văn hóa"}, {"climate change", "biến đổi khí hậu"},
        {"digital government", "chính quyền số"}, {"e-government", "chính quyền điện tử"}, {"online", "trực tuyến"},
        {"administrative procedures", "thủ tục hành chính"}, {"dossiers", "hồ sơ"}, {"records", "hồ sơ"},
        {"community", "cộng đồng"}, {"digital technology", "công nghệ số"}, {"technology", "công nghệ"},
        {"teams", "tổ"}, {"team", "tổ"}, {"say", ""}, {"says", ""},
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

  /** English words that come before the noun they modify; Vietnamese puts them after it ("hội nghị giữa nhiệm kỳ"). */
  private static final Set<String> MODIFIERS = Set.of("mid-term", "midterm", "key", "provincial", "district", "commune");

  /** The Vietnamese query for an English question: glossary phrases replaced, English function words dropped. */
  static String toVietnamese(String english) {
    String s = " " + english.toLowerCase(Locale.ROOT).replaceAll("[?!.,;:\"()]", " ").replaceAll("\\s+", " ").strip() + " ";
    for (Map.Entry<String, String> e : TERMS.entrySet()) {
      String fence = MODIFIERS.contains(e.getKey()) ? "\u0002" : "\u0001";
      s = s.replace(" " + e.getKey() + " ", " " + (e.getValue().isEmpty() ? "" : fence + e.getValue() + fence) + " ");
    }
    // translated phrases are fenced (\u0002 for a modifier): odd segments are Vietnamese, even ones left-over English
    List<String> out = new ArrayList<>();
    String pendingModifier = null;
    String[] parts = s.split("[\u0001\u0002]", -1);
    int at = 0;
    for (int i = 0; i < parts.length; i++) {
      boolean modifier = i % 2 == 1 && s.charAt(at + parts[i].length()) == '\u0002';
      at += parts[i].length() + 1;
      if (i % 2 == 1) {
        if (modifier) {
          if (pendingModifier != null) out.add(pendingModifier);
          pendingModifier = parts[i].strip();
          continue;
        }
        out.add(parts[i].strip());
        if (pendingModifier != null) out.add(pendingModifier);
        pendingModifier = null;
        continue;
      }
      for (String w : parts[i].strip().split("\\s+")) {
        if (w.isEmpty() || DROPPED.contains(w)) continue;
        if (pendingModifier != null) out.add(pendingModifier);
        pendingModifier = null;
        out.add(w);
      }
    }
    if (pendingModifier != null) out.add(pendingModifier);
    return String.join(" ", out).replaceAll("\\s+", " ").strip();
  }
}

package vn.sotay.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.sotay.search.Section;

/**
 * The lists of one document: items linked to their lead-in ("... 9 nhiệm vụ trọng tâm sau:"), and numbered items
 * whose numbering runs on across sub-headings (1-6 under "I. NHÓM NHIỆM VỤ ...", 7-13 under "II. ...").
 */
final class Lists {
  /** @param lead the lead-in, or null for a run of numbered items without one */
  record Found(Section lead, List<Section> items) {
    boolean contains(String anchor) {
      return lead != null && lead.anchor().equals(anchor) || items.stream().anyMatch(s -> s.anchor().equals(anchor));
    }
  }

  private Lists() {}

  static List<Found> of(List<Section> sections) {
    List<Found> found = new ArrayList<>();
    Map<String, List<Section>> byLead = new LinkedHashMap<>();
    for (Section s : sections) if (s.leadAnchor() != null) byLead.computeIfAbsent(s.leadAnchor(), k -> new ArrayList<>()).add(s);
    for (Map.Entry<String, List<Section>> e : byLead.entrySet()) {
      Optional<Section> lead = sections.stream().filter(s -> s.anchor().equals(e.getKey())).findFirst();
      found.add(new Found(lead.orElse(null), e.getValue()));
    }
    List<Section> run = new ArrayList<>();
    int last = 0;
    for (Section s : sections) {
      Integer n = number(s);
      if (n != null && s.leadAnchor() == null) {
        if (n == last + 1) {
          run.add(s);
          last = n;
          continue;
        }
        flush(run, found);
        if (n == 1) run.add(s);
        last = n == 1 ? 1 : 0;
      } else if (s.leadAnchor() == null && s.label() == null) {
        flush(run, found); // a plain paragraph ends a numbered run; sub-items and bullets do not
        last = 0;
      }
    }
    flush(run, found);
    // bullets ("-", "+") under one heading with no lead-in: the heading introduces them
    List<Section> bullets = new ArrayList<>();
    for (Section s : sections) {
      boolean bullet = s.leadAnchor() == null && ("-".equals(s.label()) || "+".equals(s.label()));
      if (bullet && (bullets.isEmpty() || bullets.get(0).path().equals(s.path()))) {
        if ("-".equals(s.label())) bullets.add(s);
        continue;
      }
      flush(bullets, found);
      if (bullet && "-".equals(s.label())) bullets.add(s);
    }
    flush(bullets, found);
    return found;
  }

  private static void flush(List<Section> run, List<Found> found) {
    if (run.size() >= 2) found.add(new Found(null, List.copyOf(run)));
    run.clear();
  }

  /** The number of a "7." item, else null. */
  static Integer number(Section s) {
    if (s.label() == null || !s.label().matches("\\d{1,3}[.)]")) return null;
    return Integer.parseInt(s.label().substring(0, s.label().length() - 1));
  }

  /** The item's text without its own marker ("1. Nâng cao ..." to "Nâng cao ..."). */
  static String itemText(Section s) {
    String t = s.text();
    if (s.label() != null && t.startsWith(s.label())) t = t.substring(s.label().length()).strip();
    return t;
  }
}

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
    headed(sections, byLead.keySet(), found);
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

  /**
   * A lead-in whose items are headings ("... thực hiện tốt các nội dung sau:" then "1. Nâng cao nhận thức ...",
   * "2. Phát triển hạ tầng ...", each with its own passages): one item per heading, cited at its first passage.
   */
  private static void headed(List<Section> sections, java.util.Set<String> leadsWithItems, List<Found> found) {
    for (int i = 0; i < sections.size(); i++) {
      Section lead = sections.get(i);
      if (lead.label() != null || !lead.text().strip().endsWith(":") || leadsWithItems.contains(lead.anchor())) continue;
      int depth = lead.path().size();
      List<Section> items = new ArrayList<>();
      for (int j = i + 1; j < sections.size(); j++) {
        Section s = sections.get(j);
        if (s.path().size() <= depth || !s.path().subList(0, depth).equals(lead.path())) break;
        String heading = s.path().get(depth);
        java.util.regex.Matcher marker = HEADING_MARKER.matcher(heading);
        if (!marker.find()) break;
        if (items.isEmpty() || !items.get(items.size() - 1).text().equals(heading)) {
          items.add(new Section(s.anchor(), s.path().subList(0, depth + 1), heading, marker.group(1), lead.anchor(), heading));
        }
      }
      if (items.size() >= 2) found.add(new Found(lead, List.copyOf(items)));
    }
  }

  private static final java.util.regex.Pattern HEADING_MARKER =
      java.util.regex.Pattern.compile("^(\\d{1,3}[.)]|[IVXL]{1,6}[.)]|[a-zđ]\\))\\s");

  private static void flush(List<Section> run, List<Found> found) {
    if (run.size() >= 2) found.add(new Found(null, List.copyOf(run)));
    run.clear();
  }

  /** Marker lines inside one passage: "1." / "1)", "a)", "-" / "+" at the start of a line. */
  private static final java.util.regex.Pattern MARKER =
      java.util.regex.Pattern.compile("^(\\d{1,3}[.)]|[a-zđ]\\)|[-+•])\\s");

  /**
   * A list written inside one passage (an article kept whole: "1. ...\n2. ..."): its lines that start with the
   * marker kind of the first marked line are the items, the text before them is the lead-in. Every part keeps the
   * passage's anchor, so each item is cited at its place.
   */
  static Optional<Found> inline(Section s) {
    String[] lines = s.text().split("\n");
    String kind = null;
    StringBuilder lead = new StringBuilder();
    List<Section> items = new ArrayList<>();
    for (String line : lines) {
      java.util.regex.Matcher m = MARKER.matcher(line.strip());
      String marker = m.find() ? markerKind(m.group(1)) : null;
      if (kind == null && marker != null) kind = marker;
      if (kind == null) {
        lead.append(lead.isEmpty() ? "" : "\n").append(line.strip());
      } else if (kind.equals(marker)) {
        items.add(new Section(s.anchor(), s.path(), s.heading(), m.group(1), null, line.strip()));
      } else if (!items.isEmpty()) {
        Section last = items.remove(items.size() - 1); // a sub-item or a wrapped line belongs to the item above
        items.add(new Section(last.anchor(), last.path(), last.heading(), last.label(), null, last.text() + "\n" + line.strip()));
      }
    }
    if (items.size() < 2) return Optional.empty();
    Section leadIn = lead.isEmpty() ? null : new Section(s.anchor(), s.path(), s.heading(), null, null, lead.toString());
    return Optional.of(new Found(leadIn, List.copyOf(items)));
  }

  private static String markerKind(String marker) {
    if (Character.isDigit(marker.charAt(0))) return "number" + marker.charAt(marker.length() - 1);
    if (Character.isLetter(marker.charAt(0))) return "letter";
    return marker;
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

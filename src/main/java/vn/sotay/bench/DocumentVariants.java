package vn.sotay.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Variants of one document's text, as a larger corpus of the same kind would hold: the serial of its number
 * ("Số: 01/2004/NĐ-CP") changed, its articles put in another order and numbered again from 1, the paragraphs of each
 * article shuffled. The words stay those of the source, so the vocabulary and the lengths stay realistic.
 */
final class DocumentVariants {
  private static final Pattern NUMBER_LINE = Pattern.compile("^(Số\\s*:\\s*)(\\d{1,5})(?=\\D|$)");
  private static final Pattern ARTICLE = Pattern.compile("^(Điều|ĐIỀU)\\s+\\d+[a-zđ]?(?![\\p{L}\\p{N}])");
  /** Lines kept in place at the top of a text without articles (its header and title). */
  private static final int HEAD_LINES = 6;

  private DocumentVariants() {}

  /** Variant {@code k} of the text; variant 0 is the text itself. The random source decides the order. */
  static String variant(String text, int k, Random random) {
    if (k == 0) return text;
    List<String> lines = new ArrayList<>(List.of(text.replace("\r\n", "\n").split("\n", -1)));
    int firstArticle = -1;
    for (int i = 0; i < lines.size() && firstArticle < 0; i++) {
      if (ARTICLE.matcher(lines.get(i)).find()) firstArticle = i;
    }
    int bodyStart = firstArticle >= 0 ? firstArticle : Math.min(HEAD_LINES, lines.size());
    StringBuilder out = new StringBuilder(text.length() + 64);
    for (String line : lines.subList(0, bodyStart)) out.append(renumbered(line, k)).append('\n');
    List<List<String>> blocks = blocks(lines.subList(bodyStart, lines.size()), firstArticle >= 0);
    Collections.shuffle(blocks, random);
    int article = 0;
    for (List<String> block : blocks) {
      out.append('\n');
      int from = 0;
      if (firstArticle >= 0) {
        Matcher m = ARTICLE.matcher(block.get(0));
        if (m.find()) {
          out.append(m.group(1)).append(' ').append(++article).append(block.get(0).substring(m.end())).append('\n');
          from = 1;
        }
      }
      List<String> paragraphs = new ArrayList<>(block.subList(from, block.size()));
      Collections.shuffle(paragraphs, random);
      for (String p : paragraphs) out.append(p).append('\n');
    }
    return out.toString();
  }

  /** Article blocks (each opening with its "Điều" line) or, without articles, one block of all paragraphs. */
  private static List<List<String>> blocks(List<String> body, boolean articles) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : body) {
      if (articles && ARTICLE.matcher(line).find() && !current.isEmpty()) {
        blocks.add(current);
        current = new ArrayList<>();
      }
      if (!line.isBlank()) current.add(line);
    }
    if (!current.isEmpty()) blocks.add(current);
    return blocks;
  }

  /** "Số: 01/2004/NĐ-CP" in variant 3 becomes "Số: 3001/2004/NĐ-CP": still five digits at most, distinct per variant. */
  static String renumbered(String line, int k) {
    Matcher m = NUMBER_LINE.matcher(line);
    if (!m.find()) return line;
    int serial = Integer.parseInt(m.group(2)) % 1000 + 1000 * (k % 100);
    return m.group(1) + serial + line.substring(m.end());
  }
}

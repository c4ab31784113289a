package vn.sotay.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs formatted blocks (a passage, a citation, a list) into as few messages as fit Telegram's 4096 characters,
 * breaking only between blocks. A block too long for one message is cut at the best place the HTML allows: a line
 * outside any tag, then any line, then a sentence, then a space; never inside a tag or an entity. Tags open at the
 * cut are closed at the end of the part and opened again at the start of the next, so every part is valid HTML.
 */
final class MessageSplitter {
  /** Telegram's limit counts the text after parsing; the HTML is never shorter, so measuring it is safe. */
  static final int TELEGRAM_LIMIT = 4096;
  static final int DEFAULT_LIMIT = 4000;
  private static final String BLOCK_SEPARATOR = "\n\n";
  private static final int LINE_OUTSIDE_TAGS = 0;
  private static final int LINE = 1;
  private static final int SENTENCE = 2;
  private static final int SPACE = 3;
  private static final int ANYWHERE = 4;

  private final int limit;

  MessageSplitter(int limit) {
    if (limit < 64) throw new IllegalArgumentException("limit too small: " + limit);
    this.limit = limit;
  }

  MessageSplitter() {
    this(DEFAULT_LIMIT);
  }

  int limit() {
    return limit;
  }

  /** Blocks joined by blank lines into messages of at most limit characters; blank blocks are dropped. */
  List<String> pack(List<String> blocks) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String block : blocks) {
      if (block == null || block.isBlank()) continue;
      for (String piece : block.length() <= limit ? List.of(block.strip()) : split(block)) {
        if (current.isEmpty()) {
          current.append(piece);
        } else if (current.length() + BLOCK_SEPARATOR.length() + piece.length() <= limit) {
          current.append(BLOCK_SEPARATOR).append(piece);
        } else {
          parts.add(current.toString());
          current = new StringBuilder(piece);
        }
      }
    }
    if (!current.isEmpty()) parts.add(current.toString());
    return parts;
  }

  /** One valid HTML text cut into parts of at most limit characters, each valid on its own. */
  List<String> split(String html) {
    List<HtmlToken> tokens = HtmlToken.read(html);
    List<String> parts = new ArrayList<>();
    List<HtmlToken> open = new ArrayList<>();
    int from = skipSpace(tokens, 0);
    while (from < tokens.size()) {
      String reopen = opening(open);
      int start = tokens.get(from).start();
      if (reopen.length() + html.length() - start <= limit) {
        String last = reopen + html.substring(start).stripTrailing();
        if (HtmlToken.hasVisibleText(last)) parts.add(last);
        break;
      }
      int cut = bestCut(tokens, from, open, reopen.length());
      List<HtmlToken> stack = new ArrayList<>(open);
      for (int k = from; k < cut; k++) tokens.get(k).applyTo(stack);
      parts.add(reopen + html.substring(start, tokens.get(cut).start()).stripTrailing() + closing(stack));
      open = stack;
      from = skipSpace(tokens, cut);
    }
    return parts;
  }

  /** The token before which to cut: the best kind of place that still leaves the part at least half full. */
  private int bestCut(List<HtmlToken> tokens, int from, List<HtmlToken> open, int reopenLength) {
    int[] at = new int[ANYWHERE + 1];
    int[] filled = new int[ANYWHERE + 1];
    java.util.Arrays.fill(at, -1);
    List<HtmlToken> stack = new ArrayList<>(open);
    int start = tokens.get(from).start();
    boolean visible = false;
    for (int k = from; k < tokens.size(); k++) {
      HtmlToken t = tokens.get(k);
      int used = reopenLength + t.start() - start;
      if (used + closingLength(stack) > limit) break;
      if (visible) {
        int kind = kindOfCut(tokens, k, stack.isEmpty());
        at[kind] = k;
        filled[kind] = used;
      }
      t.applyTo(stack);
      visible |= t.isVisible();
    }
    for (int kind = LINE_OUTSIDE_TAGS; kind <= ANYWHERE; kind++) {
      if (at[kind] >= 0 && filled[kind] >= limit / 2) return at[kind];
    }
    int furthest = -1;
    for (int k : at) furthest = Math.max(furthest, k);
    // nothing fits (a single tag longer than the limit): emit one token rather than loop forever
    return furthest > from ? furthest : from + 1;
  }

  private static int kindOfCut(List<HtmlToken> tokens, int k, boolean outsideTags) {
    HtmlToken t = tokens.get(k);
    if (t.is('\n')) return outsideTags ? LINE_OUTSIDE_TAGS : LINE;
    if (t.isSpace()) {
      HtmlToken before = tokens.get(k - 1);
      return before.is('.') || before.is(';') || before.is('!') || before.is('?') || before.is(':') ? SENTENCE : SPACE;
    }
    return ANYWHERE;
  }

  private static int skipSpace(List<HtmlToken> tokens, int k) {
    while (k < tokens.size() && tokens.get(k).isSpace()) k++;
    return k;
  }

  private static String opening(List<HtmlToken> stack) {
    StringBuilder s = new StringBuilder();
    for (HtmlToken t : stack) s.append(t.text());
    return s.toString();
  }

  private static int closingLength(List<HtmlToken> stack) {
    int length = 0;
    for (HtmlToken t : stack) length += t.tagName().length() + 3;
    return length;
  }

  private static String closing(List<HtmlToken> stack) {
    StringBuilder s = new StringBuilder();
    for (int i = stack.size() - 1; i >= 0; i--) s.append("</").append(stack.get(i).tagName()).append('>');
    return s.toString();
  }
}

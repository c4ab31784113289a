package vn.sotay.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What Telegram accepts in HTML parse mode, checked strictly: known tags, properly nested, every < > & escaped. */
final class TelegramHtml {
  private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a",
      "code", "pre", "blockquote", "tg-spoiler", "span");
  private static final Pattern TAG = Pattern.compile("<(/?)([a-z-]+)((?:\\s+[a-z-]+=\"[^\"<>]*\")*)\\s*>");
  private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|#\\d{1,7});");

  private TelegramHtml() {}

  /** Null when valid, else what is wrong. */
  static String problem(String html) {
    Deque<String> open = new ArrayDeque<>();
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<') {
        Matcher m = TAG.matcher(html).region(i, html.length());
        if (!m.lookingAt()) return "raw < at " + i;
        String name = m.group(2);
        if (!TAGS.contains(name)) return "unknown tag " + name;
        if (m.group(1).isEmpty()) {
          open.push(name);
        } else if (open.isEmpty() || !open.pop().equals(name)) {
          return "unbalanced </" + name + "> at " + i;
        }
        i = m.end();
      } else if (c == '&') {
        Matcher m = ENTITY.matcher(html).region(i, html.length());
        if (!m.lookingAt()) return "raw & at " + i;
        i = m.end();
      } else if (c == '>') {
        return "raw > at " + i;
      } else {
        i++;
      }
    }
    return open.isEmpty() ? null : "unclosed " + open;
  }

  /** The text a reader sees: tags removed, entities decoded. */
  static String visible(String html) {
    return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&amp;", "&");
  }
}

package vn.sotay.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One indivisible piece of formatted text: a tag, an entity ("&amp;amp;") or one character (a surrogate pair
 * stays whole). The splitter cuts only between tokens.
 */
record HtmlToken(String html, int start, int end, Kind kind, String tagName) {
  enum Kind { CHARACTER, ENTITY, OPEN_TAG, CLOSE_TAG }

  static List<HtmlToken> read(String html) {
    List<HtmlToken> tokens = new ArrayList<>(html.length());
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      int end = i + 1;
      Kind kind = Kind.CHARACTER;
      String name = null;
      if (c == '<' && html.indexOf('>', i) > i) {
        end = html.indexOf('>', i) + 1;
        boolean closing = i + 1 < html.length() && html.charAt(i + 1) == '/';
        kind = closing ? Kind.CLOSE_TAG : Kind.OPEN_TAG;
        name = tagName(html.substring(i + (closing ? 2 : 1), end - 1));
      } else if (c == '&' && html.indexOf(';', i) > i && html.indexOf(';', i) - i <= 10) {
        end = html.indexOf(';', i) + 1;
        kind = Kind.ENTITY;
      } else if (Character.isHighSurrogate(c) && end < html.length() && Character.isLowSurrogate(html.charAt(end))) {
        end++;
      }
      tokens.add(new HtmlToken(html, i, end, kind, name));
      i = end;
    }
    return tokens;
  }

  private static String tagName(String inside) {
    String s = inside.strip();
    int stop = 0;
    while (stop < s.length() && !Character.isWhitespace(s.charAt(stop)) && s.charAt(stop) != '/') stop++;
    return s.substring(0, stop).toLowerCase(Locale.ROOT);
  }

  String text() {
    return html.substring(start, end);
  }

  /** Tracks the tags open after this token. */
  void applyTo(List<HtmlToken> openTags) {
    if (kind == Kind.OPEN_TAG) {
      openTags.add(this);
    } else if (kind == Kind.CLOSE_TAG) {
      for (int i = openTags.size() - 1; i >= 0; i--) {
        if (openTags.get(i).tagName().equals(tagName)) {
          openTags.remove(i);
          return;
        }
      }
    }
  }

  boolean isVisible() {
    return kind == Kind.ENTITY || (kind == Kind.CHARACTER && !Character.isWhitespace(html.charAt(start)));
  }

  boolean isSpace() {
    return kind == Kind.CHARACTER && Character.isWhitespace(html.charAt(start));
  }

  boolean is(char c) {
    return kind == Kind.CHARACTER && end - start == 1 && html.charAt(start) == c;
  }

  static boolean hasVisibleText(String html) {
    return read(html).stream().anyMatch(HtmlToken::isVisible);
  }
}

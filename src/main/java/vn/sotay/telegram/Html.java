package vn.sotay.telegram;

/**
 * Pieces of Telegram's HTML parse mode. Every text that did not come from this class is escaped, so a
 * document's "&lt;" or "&amp;" can never open a tag or break the message.
 */
final class Html {
  private Html() {}

  static String escape(String plain) {
    if (plain == null) return "";
    StringBuilder out = new StringBuilder(plain.length() + 16);
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  static String bold(String plain) {
    return "<b>" + escape(plain) + "</b>";
  }

  static String italic(String plain) {
    return "<i>" + escape(plain) + "</i>";
  }

  static String code(String plain) {
    return "<code>" + escape(plain) + "</code>";
  }

  static String link(String href, String plainLabel) {
    return "<a href=\"" + escape(href) + "\">" + escape(plainLabel) + "</a>";
  }

  /** The text cut to at most max characters at a word boundary, with "…" when something was cut. */
  static String shorten(String plain, int max) {
    if (plain == null) return "";
    String text = plain.strip().replaceAll("\\s+", " ");
    if (text.length() <= max) return text;
    int cut = text.lastIndexOf(' ', max - 1);
    if (cut < max / 2) cut = max - 1;
    if (Character.isHighSurrogate(text.charAt(cut - 1))) cut--;
    return text.substring(0, cut).stripTrailing() + "…";
  }
}

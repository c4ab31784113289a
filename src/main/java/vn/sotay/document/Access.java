package vn.sotay.document;

import java.util.Locale;
import java.util.Optional;
import vn.sotay.text.Syllables;

/**
 * Who may read a document: everyone, or only the tokens and Telegram chats granted internal access. The code is
 * what the index stores and the API shows.
 */
public enum Access {
  PUBLIC("public"),
  INTERNAL("noi-bo");

  private final String code;

  Access(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /**
   * The level a front-matter or folder-rule value names, typed any way ("noi-bo", "nội bộ", "internal", "public",
   * "công khai"); empty for a value sotay does not know, which callers treat as internal and report.
   */
  public static Optional<Access> parse(String value) {
    if (value == null) return Optional.empty();
    String v = Syllables.fold(value).toLowerCase(Locale.ROOT).strip().replaceAll("[\\s_]+", "-");
    return switch (v) {
      case "public", "cong-khai", "congkhai" -> Optional.of(PUBLIC);
      case "noi-bo", "noibo", "internal" -> Optional.of(INTERNAL);
      default -> Optional.empty();
    };
  }

  /** What the index report says about a value {@link #parse} does not know. */
  public static String unknownValue(String value) {
    String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
    return "Giá trị quyền truy cập “" + shown + "” không rõ (dùng noi-bo hoặc public): văn bản được coi là nội bộ.";
  }
}

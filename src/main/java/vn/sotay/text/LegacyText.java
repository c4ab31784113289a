package vn.sotay.text;

import java.util.Optional;

/** STUB (owner: text-core helper). Detects and converts TCVN3 / VNI text (read as windows-1252/Latin-1) to Unicode. */
public final class LegacyText {
  private LegacyText() {}

  /** The encoding the text is in, when converting it yields clearly more valid Vietnamese syllables. */
  public static Optional<LegacyEncoding> detect(String text) {
    return Optional.empty();
  }

  public static String convert(String text, LegacyEncoding encoding) {
    return text;
  }

  /** detect + convert; text already in Unicode Vietnamese (or other languages) is returned unchanged. */
  public static String repair(String text) {
    return detect(text).map(e -> convert(text, e)).orElse(text);
  }

  /** The encoding implied by a font name (".VnTime", ".VnTimeH", "VNI-Times", ...), if any. */
  public static Optional<LegacyEncoding> fromFontName(String fontName) {
    return Optional.empty();
  }
}

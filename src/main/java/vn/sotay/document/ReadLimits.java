package vn.sotay.document;

import java.util.Locale;

/**
 * How much sotay reads of one file. A larger file, or one whose text runs longer, is refused with the reason rather
 * than read in part: no single file may exhaust memory or stall an update, and no document is indexed incomplete.
 *
 * @param maxFileBytes the largest file read at all (a .pdf or .docx may be large for its pictures)
 * @param maxTextChars the longest text taken from a file: the decoded source of .txt/.md/.html, the text extracted
 *     from .pdf/.docx (the longest law of the laws-qa set has 0.5 million characters)
 */
public record ReadLimits(long maxFileBytes, int maxTextChars) {
  public static final ReadLimits DEFAULT = new ReadLimits(50L * 1024 * 1024, 5_000_000);

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  public ReadLimits {
    if (maxFileBytes < 1 || maxTextChars < 1) throw new IllegalArgumentException("limits must be positive");
  }

  void checkSize(long bytes) throws UnreadableDocumentException {
    if (bytes > maxFileBytes) {
      throw new UnreadableDocumentException("Tệp quá lớn (" + megabytes(bytes) + ", tối đa " + megabytes(maxFileBytes) + ")");
    }
  }

  void checkText(long chars) throws UnreadableDocumentException {
    if (chars > maxTextChars) throw tooLong();
  }

  UnreadableDocumentException tooLong() {
    return new UnreadableDocumentException(String.format(VIETNAMESE, "Văn bản quá dài (hơn %,d ký tự)", maxTextChars));
  }

  private static String megabytes(long bytes) {
    return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : String.format(VIETNAMESE, "%,d byte", bytes);
  }
}

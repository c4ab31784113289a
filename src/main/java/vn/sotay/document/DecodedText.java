package vn.sotay.document;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sotay.text.LegacyEncoding;
import vn.sotay.text.LegacyText;
import vn.sotay.text.VietnameseNormalizer;

/**
 * The text of a plain file and the encoding it was in: a BOM says UTF-8 or UTF-16; valid UTF-8 is UTF-8; otherwise
 * TCVN3 or VNI when converting the bytes yields clearly more Vietnamese, else Windows-1258; a file mixing accented
 * UTF-8 lines with 8-bit ones is decoded line by line.
 */
record DecodedText(String text, String encoding) {
  private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

  static DecodedText of(byte[] bytes) throws UnreadableDocumentException {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return utf(bytes, 3, StandardCharsets.UTF_8, "UTF-8");
    if (startsWith(bytes, 0xFF, 0xFE)) return utf(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
    if (startsWith(bytes, 0xFE, 0xFF)) return utf(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
    if (looksBinary(bytes)) throw new UnreadableDocumentException("Tệp nhị phân, không phải văn bản");
    try {
      String text = strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
      // text once converted from a legacy font to UTF-8 byte by byte still reads "NghÞ quyÕt"
      var legacy = LegacyText.detect(text);
      if (legacy.isPresent()) return done(LegacyText.convert(text, legacy.get()), legacy.get().name());
      return done(text, "UTF-8");
    } catch (CharacterCodingException notUtf8) {
      return mixed(bytes).orElseGet(() -> legacy(bytes));
    }
  }

  /** Bytes in one 8-bit encoding: TCVN3 or VNI when they read as such, else Windows-1258. */
  private static DecodedText legacy(byte[] bytes) {
    String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
    var legacy = LegacyText.detect(latin1);
    if (legacy.isPresent()) return done(LegacyText.convert(latin1, legacy.get()), legacy.get().name());
    return done(new String(bytes, WINDOWS_1258), "windows-1258");
  }

  /**
   * A file pasted together from UTF-8 and 8-bit text: lines that are UTF-8 with accents are kept as such and the
   * other lines are decoded in the one 8-bit encoding they read best in together. Empty when no line is accented
   * UTF-8.
   */
  private static Optional<DecodedText> mixed(byte[] bytes) {
    List<String> lines = new ArrayList<>();
    List<int[]> eightBit = new ArrayList<>(); // {line index, start, end}
    StringBuilder eightBitLatin1 = new StringBuilder();
    boolean accentedUtf8 = false;
    var utf8 = strict(StandardCharsets.UTF_8);
    for (int start = 0, end; start < bytes.length; start = end) {
      end = start;
      while (end < bytes.length && bytes[end++] != '\n') {
        // up to and with the line break
      }
      try {
        lines.add(utf8.decode(ByteBuffer.wrap(bytes, start, end - start)).toString());
        for (int j = start; j < end && !accentedUtf8; j++) accentedUtf8 = bytes[j] < 0;
      } catch (CharacterCodingException notUtf8) {
        eightBit.add(new int[] {lines.size(), start, end});
        lines.add(null);
        eightBitLatin1.append(new String(bytes, start, end - start, StandardCharsets.ISO_8859_1));
      }
    }
    if (!accentedUtf8) return Optional.empty();
    Optional<LegacyEncoding> legacy = LegacyText.detect(eightBitLatin1.toString());
    for (int[] line : eightBit) {
      String text = legacy.isPresent()
          ? LegacyText.convert(new String(bytes, line[1], line[2] - line[1], StandardCharsets.ISO_8859_1), legacy.get())
          : new String(bytes, line[1], line[2] - line[1], WINDOWS_1258);
      lines.set(line[0], text);
    }
    return Optional.of(done(String.join("", lines), "UTF-8 + " + legacy.map(Enum::name).orElse("windows-1258")));
  }

  private static DecodedText utf(byte[] bytes, int skip, Charset charset, String name) throws UnreadableDocumentException {
    try {
      return done(strict(charset).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString(), name);
    } catch (CharacterCodingException e) {
      throw new UnreadableDocumentException("Tệp có dấu " + name + " nhưng nội dung không đúng mã " + name);
    }
  }

  private static DecodedText done(String text, String encoding) {
    return new DecodedText(VietnameseNormalizer.normalize(text), encoding);
  }

  static String legacyName(LegacyEncoding e) {
    return e.name();
  }

  private static java.nio.charset.CharsetDecoder strict(Charset c) {
    return c.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
    return true;
  }

  /** NUL bytes or many control characters in the first 8 KB: not text. */
  private static boolean looksBinary(byte[] b) {
    int n = Math.min(b.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int v = b[i] & 0xFF;
      if (v == 0) return true;
      if (v < 0x20 && v != '\n' && v != '\r' && v != '\t' && v != '\f') control++;
    }
    return n > 0 && control * 20 > n;
  }
}

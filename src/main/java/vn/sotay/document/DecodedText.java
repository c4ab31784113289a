package vn.sotay.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import vn.sotay.text.LegacyEncoding;
import vn.sotay.text.LegacyText;
import vn.sotay.text.VietnameseNormalizer;

/**
 * The text of a plain file and the encoding it was in: a BOM says UTF-8 or UTF-16; valid UTF-8 is UTF-8; otherwise
 * TCVN3 or VNI when converting the bytes yields clearly more Vietnamese, else Windows-1258.
 */
record DecodedText(String text, String encoding) {
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
      String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
      var legacy = LegacyText.detect(latin1);
      if (legacy.isPresent()) return done(LegacyText.convert(latin1, legacy.get()), legacy.get().name());
      return done(new String(bytes, Charset.forName("windows-1258")), "windows-1258");
    }
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

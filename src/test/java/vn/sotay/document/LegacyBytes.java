package vn.sotay.document;

import java.nio.charset.Charset;
import java.text.Normalizer;

/** Vietnamese text as an old Windows program would have saved it, for tests of 8-bit files. */
public final class LegacyBytes {
  private LegacyBytes() {}

  /** Windows-1258 keeps letters like "ê" and "ư" whole and puts the tone after them as a combining mark. */
  public static byte[] windows1258(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      String tone = nfd.replaceAll("[^\u0300\u0301\u0303\u0309\u0323]", "");
      out.append(Normalizer.normalize(nfd.replaceAll("[\u0300\u0301\u0303\u0309\u0323]", ""), Normalizer.Form.NFC)).append(tone);
    }
    return out.toString().getBytes(Charset.forName("windows-1258"));
  }
}

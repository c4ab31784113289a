package vn.sotay.text;

import java.text.Normalizer;

/** STUB (owner: text-core helper). Normalizes text once, before display, indexing and querying. */
public final class VietnameseNormalizer {
  private VietnameseNormalizer() {}

  /** NFC, Ð/ð to Đ/đ, NBSP to space, zero-width characters dropped. Does not lowercase. */
  public static String normalize(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}

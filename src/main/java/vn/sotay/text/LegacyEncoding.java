package vn.sotay.text;

/** Pre-Unicode Vietnamese encodings found in old documents. */
public enum LegacyEncoding {
  /** TCVN 5712 (ABC), .VnTime fonts: one byte per accented letter. */
  TCVN3,
  /** VNI-Windows: base letter followed by a mark character. */
  VNI
}

package vn.sotay.text;

import java.util.List;
import java.util.Optional;

/**
 * STUB (owner: text-query helper). A document number (số ký hiệu) and its parts.
 *
 * @param raw as written ("05-NQ/TU", "30/2020/NĐ-CP")
 * @param number the serial number without leading zeros ("5", "30")
 * @param year four digits or null
 * @param type type code upper-cased with Đ ("NQ", "NĐ", "CT", "QĐi"...) or null for letters (công văn)
 * @param issuer issuer code ("TU", "CP", "UBND", "UBND-VX", "UBTVQH-CP-ĐCTUBTWMTTQVN") or null
 */
public record DocumentNumber(String raw, String number, String year, String type, String issuer) {

  /** One exact-match key: folded, lower case, no leading zeros, canonical separators ("5-nq-tu", "30-2020-nd-cp"). */
  public String key() {
    return raw.toLowerCase();
  }

  /** Strict parse of a whole string that is a document number. */
  public static Optional<DocumentNumber> parse(String text) {
    return Optional.empty();
  }

  /** Every document number written in a text, in order. */
  public static List<DocumentNumber> findAll(String text) {
    return List.of();
  }
}

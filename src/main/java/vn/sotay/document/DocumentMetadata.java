package vn.sotay.document;

import java.time.LocalDate;

/**
 * What a document says about itself: its number (số ký hiệu), type, issuer, date, title (trích yếu), signer.
 * Any field may be null when the text does not state it.
 *
 * @param kind "document" for official texts, "news" for press articles, "guide" for the product's own help
 */
public record DocumentMetadata(
    String docNumber,
    String docType,
    String issuer,
    LocalDate date,
    String title,
    String signer,
    String kind) {

  public static final String KIND_DOCUMENT = "document";
  public static final String KIND_NEWS = "news";
  public static final String KIND_GUIDE = "guide";

  public DocumentMetadata withTitle(String newTitle) {
    return new DocumentMetadata(docNumber, docType, issuer, date, newTitle, signer, kind);
  }
}

package vn.sotay.document;

import java.time.LocalDate;

/**
 * What a document says about itself: its number (số ký hiệu), type, issuer, date, title (trích yếu), signer.
 * Any field may be null when the text does not state it.
 *
 * @param kind "document" for official texts, "news" for press articles, "guide" for the product's own help
 * @param access who may read it, as the document's own front matter says; null when it does not say (the indexer
 *     then applies the folder's rule)
 */
public record DocumentMetadata(
    String docNumber,
    String docType,
    String issuer,
    LocalDate date,
    String title,
    String signer,
    String kind,
    Access access) {

  public static final String KIND_DOCUMENT = "document";
  public static final String KIND_NEWS = "news";
  public static final String KIND_GUIDE = "guide";

  public DocumentMetadata withTitle(String newTitle) {
    return new DocumentMetadata(docNumber, docType, issuer, date, newTitle, signer, kind, access);
  }

  public DocumentMetadata withAccess(Access newAccess) {
    return new DocumentMetadata(docNumber, docType, issuer, date, title, signer, kind, newAccess);
  }
}

package vn.sotay.search;

/** A document's metadata as listed in /api/documents; {@code signer} is who signed it, or null. */
public record DocumentSummary(
    String docId, String title, String docNumber, String docType, String issuer, String date, String kind,
    int passages, String signer) {}

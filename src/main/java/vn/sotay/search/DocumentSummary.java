package vn.sotay.search;

/**
 * A document's metadata as listed in /api/documents; {@code signer} is who signed it, or null; {@code access} is
 * "public" or "noi-bo".
 */
public record DocumentSummary(
    String docId, String title, String docNumber, String docType, String issuer, String date, String kind,
    int passages, String signer, String access) {}

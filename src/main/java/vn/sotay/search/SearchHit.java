package vn.sotay.search;

import java.util.List;

/**
 * One passage found, with its document's metadata. {@code highlight} is HTML-escaped except for {@code <mark>}.
 * {@code date} is ISO (yyyy-MM-dd) or null. {@code access} is the document's: "public" or "noi-bo".
 */
public record SearchHit(
    String docId,
    String title,
    String docNumber,
    String docType,
    String issuer,
    String date,
    List<String> path,
    String anchor,
    String label,
    String leadAnchor,
    int ordinal,
    String text,
    String highlight,
    float score,
    String access) {}

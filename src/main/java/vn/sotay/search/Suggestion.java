package vn.sotay.search;

/** A type-ahead entry: a document number or title, pointing at a document (and optionally a passage). */
public record Suggestion(String label, String docId, String anchor) {}

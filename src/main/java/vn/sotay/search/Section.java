package vn.sotay.search;

import java.util.List;

/** One passage of a document's outline, in document order. */
public record Section(String anchor, List<String> path, String heading, String label, String leadAnchor, String text) {}

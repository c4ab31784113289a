package vn.sotay.index;

import java.util.List;

/** What one index update did: files read anew, left as they were, removed, and skipped with the reason. */
public record IndexReport(int read, int unchanged, int removed, List<Skipped> skipped, int documents, int passages,
    long tookMs) {
  public record Skipped(String file, String reason) {}

  public IndexReport {
    skipped = List.copyOf(skipped);
  }
}

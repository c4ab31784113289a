package vn.sotay.document;

import java.util.List;

/**
 * A document read from the corpus, ready to index.
 *
 * @param docId corpus-relative path without extension, with '/' separators ("laws/luat-cu-tru-2020")
 * @param sourceFile corpus-relative path with extension
 * @param format "txt", "md", "html", "docx" or "pdf"
 * @param encoding what the text was decoded from ("UTF-8", "UTF-16LE", "windows-1258", "TCVN3", "VNI", ...)
 * @param notices what the reader worked around and the index report should mention (an unknown access value)
 */
public record ParsedDocument(String docId, String sourceFile, String format, String encoding, DocumentMetadata metadata,
    List<Passage> passages, List<String> notices) {
  public ParsedDocument {
    passages = List.copyOf(passages);
    notices = List.copyOf(notices);
  }

  public ParsedDocument(
      String docId, String sourceFile, String format, String encoding, DocumentMetadata metadata, List<Passage> passages) {
    this(docId, sourceFile, format, encoding, metadata, passages, List.of());
  }

  public ParsedDocument withAccess(Access access) {
    return new ParsedDocument(docId, sourceFile, format, encoding, metadata.withAccess(access), passages, notices);
  }
}

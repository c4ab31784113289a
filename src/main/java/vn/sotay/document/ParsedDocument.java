package vn.sotay.document;

import java.util.List;

/**
 * A document read from the corpus, ready to index.
 *
 * @param docId corpus-relative path without extension, with '/' separators ("laws/luat-cu-tru-2020")
 * @param sourceFile corpus-relative path with extension
 * @param format "txt", "md", "html", "docx" or "pdf"
 * @param encoding what the text was decoded from ("UTF-8", "UTF-16LE", "windows-1258", "TCVN3", "VNI", ...)
 */
public record ParsedDocument(
    String docId, String sourceFile, String format, String encoding, DocumentMetadata metadata, List<Passage> passages) {
  public ParsedDocument {
    passages = List.copyOf(passages);
  }
}

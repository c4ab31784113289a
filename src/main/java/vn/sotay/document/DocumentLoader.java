package vn.sotay.document;

import java.nio.file.Path;

/** Reads one file of a corpus folder into a {@link ParsedDocument}. Implementations are thread-safe. */
public interface DocumentLoader {
  /** True when the file's extension is one this loader reads (.txt .md .html .htm .docx .pdf). */
  boolean accepts(Path file);

  /**
   * @param corpusRoot the corpus folder the file belongs to (gives the docId)
   * @param file a file under corpusRoot
   */
  ParsedDocument load(Path corpusRoot, Path file) throws UnreadableDocumentException;
}

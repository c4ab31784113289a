package vn.sotay.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.sotay.text.VietnameseNormalizer;

/** INTERIM (replaced by the document branch): plain UTF-8 text split into "Điều N." articles and paragraphs. */
public final class CorpusLoader implements DocumentLoader {
  private static final Pattern ARTICLE = Pattern.compile("^Điều\\s+(\\d+)\\s*[.:]?.*");

  @Override
  public boolean accepts(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".txt") || name.endsWith(".md");
  }

  @Override
  public ParsedDocument load(Path corpusRoot, Path file) throws UnreadableDocumentException {
    String text;
    try {
      text = VietnameseNormalizer.normalize(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UnreadableDocumentException("Không đọc được tệp: " + e.getMessage(), e);
    }
    String source = corpusRoot.relativize(file).toString().replace('\\', '/');
    String docId = source.substring(0, source.lastIndexOf('.'));
    List<Passage> passages = new ArrayList<>();
    String title = null;
    String article = null;
    StringBuilder body = new StringBuilder();
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty()) continue;
      if (title == null) {
        title = line;
        continue;
      }
      Matcher m = ARTICLE.matcher(line);
      if (m.matches()) {
        flush(passages, article, body);
        article = line;
        continue;
      }
      if (article == null) {
        passages.add(new Passage("p" + passages.size(), passages.size(), List.of(), null, null, line));
      } else {
        body.append(body.isEmpty() ? "" : " ").append(line);
      }
    }
    flush(passages, article, body);
    if (title == null) throw new UnreadableDocumentException("Tệp rỗng");
    return new ParsedDocument(docId, source, "txt", "UTF-8",
        new DocumentMetadata(null, null, null, null, title, null, DocumentMetadata.KIND_DOCUMENT), passages);
  }

  private static void flush(List<Passage> passages, String article, StringBuilder body) {
    if (article == null) return;
    String anchor = "dieu-" + article.replaceAll("^Điều\\s+(\\d+).*", "$1");
    passages.add(new Passage(anchor + "-" + passages.size(), passages.size(), List.of(article), null, null,
        body.isEmpty() ? article : body.toString()));
    body.setLength(0);
  }
}

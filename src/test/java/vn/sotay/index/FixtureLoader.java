package vn.sotay.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.sotay.document.Access;
import vn.sotay.document.DocumentLoader;
import vn.sotay.document.DocumentMetadata;
import vn.sotay.document.ParsedDocument;
import vn.sotay.document.Passage;
import vn.sotay.document.UnreadableDocumentException;

/**
 * A loader for index and search tests that does not depend on the real readers. A ".fx" file holds
 * "key: value" metadata lines (number, type, issuer, date yyyy-MM-dd, title, access), a blank line, then paragraphs;
 * a paragraph "# heading" sets the heading path of the paragraphs after it. A file containing "CORRUPT" fails.
 */
public final class FixtureLoader implements DocumentLoader {
  @Override
  public boolean accepts(Path file) {
    return file.getFileName().toString().endsWith(".fx");
  }

  @Override
  public ParsedDocument load(Path root, Path file) throws UnreadableDocumentException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UnreadableDocumentException("không đọc được", e);
    }
    if (text.contains("CORRUPT")) throw new UnreadableDocumentException("Tệp hỏng");
    String[] blocks = text.split("\n\n");
    String number = null, type = null, issuer = null, title = null;
    Access access = null;
    LocalDate date = null;
    for (String line : blocks[0].split("\n")) {
      String[] kv = line.split(":", 2);
      String v = kv.length > 1 ? kv[1].strip() : "";
      switch (kv[0].strip()) {
        case "number" -> number = v;
        case "type" -> type = v;
        case "issuer" -> issuer = v;
        case "date" -> date = LocalDate.parse(v);
        case "title" -> title = v;
        case "access" -> access = Access.parse(v).orElse(Access.INTERNAL);
        default -> {}
      }
    }
    List<Passage> passages = new ArrayList<>();
    List<String> path = List.of();
    for (int i = 1; i < blocks.length; i++) {
      String block = blocks[i].strip();
      if (block.isEmpty()) continue;
      if (block.startsWith("# ")) {
        path = List.of(block.substring(2));
        continue;
      }
      passages.add(new Passage("p" + passages.size(), passages.size(), path, null, null, block));
    }
    String source = root.relativize(file).toString();
    return new ParsedDocument(source.replace(".fx", ""), source, "fx", "UTF-8",
        new DocumentMetadata(number, type, issuer, date, title, null, DocumentMetadata.KIND_DOCUMENT, access), passages);
  }

  /** Writes a fixture file. */
  public static Path write(Path dir, String name, String content) throws IOException {
    Path file = dir.resolve(name + ".fx");
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}

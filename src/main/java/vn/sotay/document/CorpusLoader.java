package vn.sotay.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.sotay.text.DocumentNumber;
import vn.sotay.text.DocumentTypes;
import vn.sotay.text.VietnameseNormalizer;

/**
 * Reads every supported file of a corpus folder into a document: .txt, .md, .html/.htm, .docx, .pdf. The metadata
 * comes from the text (official header, news date line, law title) and a front-matter block overrides it. Every
 * failure is an {@link UnreadableDocumentException} with the reason in Vietnamese. Thread-safe.
 */
public final class CorpusLoader implements DocumentLoader {
  private final ReadLimits limits;

  public CorpusLoader() {
    this(ReadLimits.DEFAULT);
  }

  public CorpusLoader(ReadLimits limits) {
    this.limits = limits;
  }

  @Override
  public boolean accepts(Path file) {
    return format(file).isPresent();
  }

  @Override
  public ParsedDocument load(Path corpusRoot, Path file) throws UnreadableDocumentException {
    String format = format(file).orElseThrow(() -> new UnreadableDocumentException("Định dạng tệp không được hỗ trợ"));
    long size = size(file);
    if (size == 0) throw new UnreadableDocumentException("Tệp rỗng");
    limits.checkSize(size);
    SourceText source = switch (format) {
      case "txt" -> new PlainTextReader().read(readText(file, size), false);
      case "md" -> new PlainTextReader().read(readText(file, size), true);
      case "html" -> new HtmlReader().read(readText(file, size));
      case "docx" -> new DocxReader().read(file, limits);
      case "pdf" -> new PdfReader().read(file, limits);
      default -> throw new UnreadableDocumentException("Định dạng tệp không được hỗ trợ");
    };
    limits.checkText(source.chars());
    String sourceFile = corpusRoot.relativize(file).toString().replace('\\', '/');
    int dot = sourceFile.lastIndexOf('.');
    String docId = dot > 0 ? sourceFile.substring(0, dot) : sourceFile;
    Parsed parsed = parse(source.lines(), source.fields());
    if (parsed.passages().isEmpty()) throw new UnreadableDocumentException("Tệp không có nội dung văn bản");
    return new ParsedDocument(docId, sourceFile, format, source.encoding(), parsed.metadata(), parsed.passages(),
        parsed.notices());
  }

  private record Parsed(DocumentMetadata metadata, List<Passage> passages, List<String> notices) {}

  private static Parsed parse(List<Line> lines, Map<String, String> fields) {
    String number = null, type = null, issuer = null, title = null, signer = null;
    LocalDate date = null;
    String kind = DocumentMetadata.KIND_DOCUMENT;
    List<Line> body = lines;
    Optional<NewsArticle> news = NewsArticle.of(lines);
    Optional<OfficialHeader> header = news.isPresent() ? Optional.empty() : OfficialHeader.of(lines);
    if (news.isPresent()) {
      NewsArticle a = news.get();
      kind = DocumentMetadata.KIND_NEWS;
      title = a.headline();
      date = a.date();
      signer = a.byline();
      body = a.story();
    } else if (header.isPresent()) {
      OfficialHeader h = header.get();
      number = h.number();
      type = h.type();
      issuer = h.issuer();
      date = h.date();
      title = h.title();
      signer = h.signer();
      body = h.body();
    } else {
      // a law or a plain text: its first line is the title when it is short
      List<Line> text = lines.stream().filter(l -> !l.blank()).toList();
      if (!text.isEmpty() && text.get(0).text().length() <= 200 && !StructureSplitter.startsStructure(text.get(0).text())) {
        title = text.get(0).text();
        body = text.subList(1, text.size());
        if (OfficialHeader.isUpper(title)) title = OfficialHeader.properCase(title);
        if (title.matches("(?iu)^(bộ luật|luật|hiến pháp|pháp lệnh)\\b.*")) {
          type = title.toLowerCase(Locale.ROOT).startsWith("hiến") ? "Hiến pháp" : title.toLowerCase(Locale.ROOT).startsWith("pháp") ? "Pháp lệnh" : "Luật";
        }
      }
    }
    number = fields.getOrDefault("number", number);
    type = fields.getOrDefault("type", type);
    if (fields.containsKey("number") && !fields.containsKey("type")) {
      type = DocumentNumber.parse(number).map(n -> n.type() == null ? null : DocumentTypes.name(n.type())).orElse(type);
    }
    issuer = fields.getOrDefault("issuer", issuer);
    title = fields.getOrDefault("title", title);
    signer = fields.getOrDefault("signer", signer);
    if (fields.containsKey("date")) date = DateLines.find(fields.get("date")).orElse(date);
    if (fields.containsKey("kind")) {
      String k = fields.get("kind").toLowerCase(Locale.ROOT);
      if (k.equals("guide") || k.equals("huong-dan")) kind = DocumentMetadata.KIND_GUIDE;
      else if (k.equals("news") || k.equals("tin")) kind = DocumentMetadata.KIND_NEWS;
    }
    // an access value sotay does not know is a typo of someone who meant to restrict: internal, and reported
    Access access = null;
    List<String> notices = new java.util.ArrayList<>();
    if (fields.containsKey("access")) {
      Optional<Access> stated = Access.parse(fields.get("access"));
      if (stated.isEmpty()) notices.add(Access.unknownValue(fields.get("access")));
      access = stated.orElse(Access.INTERNAL);
    }
    List<Passage> passages = StructureSplitter.split(body);
    if (passages.isEmpty()) passages = outlineOnly(title, body);
    return new Parsed(new DocumentMetadata(clean(number), clean(type), clean(issuer), date, clean(title), clean(signer), kind,
        access), passages, notices);
  }

  /**
   * A document that is all headings (an extract, a table of contents) still gets one passage, so that its number
   * and title can be found.
   */
  private static List<Passage> outlineOnly(String title, List<Line> body) {
    List<String> parts = new java.util.ArrayList<>();
    if (title != null && !title.isBlank()) parts.add(title.strip());
    for (Line line : body) if (!line.blank()) parts.add(line.text().strip());
    if (parts.isEmpty()) return List.of();
    return List.of(new Passage("p1", 0, List.of(), null, null, VietnameseNormalizer.normalize(String.join("\n", parts))));
  }

  private static String clean(String s) {
    return s == null || s.isBlank() ? null : VietnameseNormalizer.normalize(s).strip();
  }

  private static long size(Path file) throws UnreadableDocumentException {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UnreadableDocumentException("Không đọc được tệp: " + e.getMessage(), e);
    }
  }

  /**
   * The bytes of a text file. Every encoding read takes at most 3 bytes a character, so a file over 3 bytes per
   * allowed character is too long without decoding it. Reading stops past the limits, should the file grow meanwhile.
   */
  private byte[] readText(Path file, long size) throws UnreadableDocumentException {
    limits.checkText((size + 2) / 3);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(limits.maxFileBytes(), 3L * limits.maxTextChars()) + 1);
      limits.checkSize(bytes.length);
      limits.checkText((bytes.length + 2) / 3);
      return bytes;
    } catch (IOException e) {
      throw new UnreadableDocumentException("Không đọc được tệp: " + e.getMessage(), e);
    }
  }

  private static Optional<String> format(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.startsWith(".") || name.startsWith("~$")) return Optional.empty(); // hidden and Office lock files
    int dot = name.lastIndexOf('.');
    if (dot < 0) return Optional.empty();
    return switch (name.substring(dot + 1)) {
      case "txt" -> Optional.of("txt");
      case "md", "markdown" -> Optional.of("md");
      case "html", "htm" -> Optional.of("html");
      case "docx" -> Optional.of("docx");
      case "pdf" -> Optional.of("pdf");
      default -> Optional.empty();
    };
  }
}

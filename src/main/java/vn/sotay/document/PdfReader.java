package vn.sotay.document;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.sotay.text.LegacyEncoding;
import vn.sotay.text.LegacyText;
import vn.sotay.text.VietnameseNormalizer;

/**
 * .pdf files, text layer only. Lines the layout broke inside a paragraph are joined back; text in .VnTime or VNI
 * fonts (or that reads as such) is converted. The file is read in place with PDFBox's scratch memory bounded (it
 * spills to a temporary file), and extraction stops once the text passes the limit.
 */
final class PdfReader {
  private static final long SCRATCH_MEMORY_BYTES = 16L * 1024 * 1024;

  SourceText read(Path file, ReadLimits limits) throws UnreadableDocumentException {
    String text;
    LegacyEncoding fontHint = null;
    try (PDDocument doc = Loader.loadPDF(file.toFile(), "", MemoryUsageSetting.setupMixed(SCRATCH_MEMORY_BYTES).streamCache)) {
      if (doc.isEncrypted()) throw new UnreadableDocumentException("Tệp PDF được mã hóa, không đọc được");
      for (PDPage page : doc.getPages()) {
        var resources = page.getResources();
        if (resources == null) continue;
        for (var name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          if (font != null) {
            var e = LegacyText.fromFontName(font.getName());
            if (e.isPresent()) fontHint = e.get();
          }
        }
        if (fontHint != null) break;
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      BoundedText out = new BoundedText(limits.maxTextChars());
      stripper.writeText(doc, out);
      text = out.toString();
    } catch (UnreadableDocumentException e) {
      throw e;
    } catch (BoundedText.Full e) {
      throw limits.tooLong();
    } catch (Exception | StackOverflowError e) {
      throw new UnreadableDocumentException("Tệp PDF hỏng hoặc không đọc được: " + DocxReader.reason(e), e);
    }
    String encoding = "UTF-8";
    if (fontHint != null) {
      text = LegacyText.convert(text, fontHint);
      encoding = fontHint.name();
    } else {
      var detected = LegacyText.detect(text);
      if (detected.isPresent()) {
        text = LegacyText.convert(text, detected.get());
        encoding = detected.get().name();
      }
    }
    text = VietnameseNormalizer.normalize(text);
    if (text.isBlank()) throw new UnreadableDocumentException("Tệp PDF không có lớp chữ (có thể là ảnh quét)");
    return new SourceText(joinBrokenLines(text), encoding, Map.of());
  }

  /** Collects extracted text and stops the extraction, by failing its next write, once there is too much. */
  private static final class BoundedText extends Writer {
    static final class Full extends IOException {
      Full() {
        super("text limit reached");
      }
    }

    private final StringBuilder text = new StringBuilder();
    private final int max;

    BoundedText(int max) {
      this.max = max;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      if (text.length() + length > max) throw new Full();
      text.append(chars, offset, length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return text.toString();
    }
  }

  /** A line continues the previous one when that did not end a sentence and this one starts no new item. */
  static List<Line> joinBrokenLines(String text) {
    List<Line> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String raw : text.split("\r\n|\r|\n")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        flush(lines, current);
        lines.add(Line.of(""));
        continue;
      }
      boolean newItem = StructureSplitter.startsStructure(line) || isUpperCase(line);
      boolean previousEnded = current.isEmpty() || endsSentence(current) || isUpperCase(current.toString());
      if (newItem || previousEnded) {
        flush(lines, current);
      } else {
        current.append(' ');
      }
      current.append(line);
    }
    flush(lines, current);
    return lines;
  }

  private static boolean endsSentence(CharSequence s) {
    char last = s.charAt(s.length() - 1);
    return last == '.' || last == ':' || last == ';' || last == '!' || last == '?';
  }

  private static boolean isUpperCase(String s) {
    return s.chars().anyMatch(Character::isLetter) && s.equals(s.toUpperCase(java.util.Locale.ROOT));
  }

  private static void flush(List<Line> lines, StringBuilder current) {
    if (!current.isEmpty()) lines.add(Line.of(current.toString()));
    current.setLength(0);
  }
}

package vn.sotay.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotay.document.LegacyBytes;

/**
 * A folder of broken and hostile files beside good ones, indexed in a JVM with a 256 MB heap: nothing crashes, each
 * bad file is reported with its reason, and the good files are all indexed.
 */
class BadInputIndexingTest {
  private static final Path SAMPLES = Path.of("corpus/mau");
  private static final String HEAP = "-Xmx256m";

  @TempDir Path corpus;
  @TempDir Path indexDir;

  @Test
  void brokenFilesAreReportedWithTheirReasonAndTheGoodOnesBesideThemAreIndexed() throws Exception {
    for (String sample : List.of("nghi-quyet-05-nq-tu.txt", "chuong-trinh-hanh-dong-50-ctr-tu.docx",
        "quyet-dinh-25-qd-ubnd.pdf", "ke-hoach-45-kh-ubnd.html", "thong-bao-ket-luan-88-tb-tu.md")) {
      Files.copy(SAMPLES.resolve(sample), corpus.resolve(sample));
    }
    Path bad = Files.createDirectories(corpus.resolve("hong"));
    byte[] docx = Files.readAllBytes(SAMPLES.resolve("chuong-trinh-hanh-dong-50-ctr-tu.docx"));
    byte[] pdf = Files.readAllBytes(SAMPLES.resolve("quyet-dinh-25-qd-ubnd.pdf"));
    Files.write(bad.resolve("cut.docx"), Arrays.copyOf(docx, docx.length * 9 / 10));
    Files.write(bad.resolve("cut.pdf"), Arrays.copyOf(pdf, pdf.length / 2));
    writeDocx(bad.resolve("bomb.docx"), 200L * 1024 * 1024);
    writeDocx(corpus.resolve("small.docx"), 4 * 1024); // the same make, small: read, so the bomb fails as a bomb
    writeHugeText(bad.resolve("huge.txt"), 200L * 1024 * 1024);
    byte[] noise = new byte[64 * 1024];
    new Random(42).nextBytes(noise);
    Files.write(bad.resolve("noise.txt"), noise);
    Files.write(bad.resolve("controls.txt"), controlCharacters(8 * 1024));
    Files.write(bad.resolve("noise.html"), noise);
    Files.write(bad.resolve("empty.txt"), new byte[0]);
    Files.writeString(bad.resolve("blank.md"), "\n \t \n\n");
    Path mixed = corpus.resolve("mixed.txt");
    Files.writeString(mixed, "Điều 1. Phần soạn bằng Unicode về chuyển đổi số.\n");
    Files.write(mixed, LegacyBytes.windows1258("Điều 2. Phần dán từ máy cũ về cải cách hành chính.\n"), StandardOpenOption.APPEND);
    Files.writeString(corpus.resolve("deep.html"), "<html><body>" + "<div>".repeat(100_000)
        + "<p>Nội dung nằm rất sâu trong trang.</p>" + "</div>".repeat(100_000) + "<p>Đoạn cuối trang.</p></body></html>");

    long started = System.nanoTime();
    String done;
    List<String> output;
    try (IndexingProcess.Child child = new IndexingProcess.Child(List.of(HEAP), corpus, indexDir, Duration.ofSeconds(10))) {
      done = child.await("done", Duration.ofMinutes(3));
      child.process.waitFor(30, TimeUnit.SECONDS);
      output = child.seen;
      assertNotNull(done, () -> "the indexer did not finish: " + output);
      assertEquals(0, child.process.exitValue(), () -> "the indexer failed: " + output);
    }
    Map<String, String> skipped = new TreeMap<>();
    for (String line : output) {
      String[] parts = line.split("\t");
      if (parts[0].equals("skipped")) skipped.put(parts[1], parts[2]);
    }
    long peakHeapMb = Long.parseLong(done.split(" ")[3]) / (1024 * 1024);
    System.out.println("bad input: indexed in " + (System.nanoTime() - started) / 1_000_000 + " ms with " + HEAP
        + ", heap peak at most " + peakHeapMb + " MB; skipped:\n  " + String.join("\n  ",
        skipped.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()));

    Map<String, String> expected = Map.of(
        "hong/cut.docx", "Tệp DOCX hỏng hoặc bị cắt cụt",
        "hong/cut.pdf", "Tệp PDF hỏng",
        "hong/bomb.docx", "nghi là bom nén",
        "hong/huge.txt", "Tệp quá lớn (200 MB, tối đa 50 MB)",
        "hong/noise.txt", "Tệp nhị phân",
        "hong/controls.txt", "Tệp nhị phân",
        "hong/noise.html", "Tệp nhị phân",
        "hong/empty.txt", "Tệp rỗng",
        "hong/blank.md", "không có nội dung");
    assertEquals(expected.keySet(), skipped.keySet(), "exactly the bad files are skipped");
    expected.forEach((file, reason) -> assertTrue(skipped.get(file).contains(reason), file + ": " + skipped.get(file)));

    try (IndexStore store = new IndexStore(indexDir)) {
      IndexCensus census = IndexCensus.of(store);
      assertEquals(List.of("chuong-trinh-hanh-dong-50-ctr-tu", "deep", "ke-hoach-45-kh-ubnd", "mixed",
          "nghi-quyet-05-nq-tu", "quyet-dinh-25-qd-ubnd", "small", "thong-bao-ket-luan-88-tb-tu"),
          List.copyOf(census.fileRecordsByDoc().keySet()));
      assertTrue(census.whole());
    }
  }

  /** A .docx whose document.xml holds at least bodyBytes of identical paragraphs: 1/1000 of that once compressed. */
  private static void writeDocx(Path file, long bodyBytes) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      entry(zip, "[Content_Types].xml", """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
          <Default Extension="xml" ContentType="application/xml"/>\
          <Override PartName="/word/document.xml" \
          ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
      entry(zip, "_rels/.rels", """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
          <Relationship Id="rId1" Target="word/document.xml" \
          Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>""");
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document "
          + "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>").getBytes(StandardCharsets.UTF_8));
      byte[] block = "<w:p><w:r><w:t>Điều 1. Nội dung lặp lại.</w:t></w:r></w:p>".repeat(1000).getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < bodyBytes; written += block.length) zip.write(block);
      zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** A real paragraph, then a hole: the file system stores the rest as nothing, so it is made in an instant. */
  private static void writeHugeText(Path file, long size) throws IOException {
    Files.writeString(file, "Điều 1. Một văn bản rất dài.\n");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(size);
    }
  }

  /** Text-looking bytes, no NUL, but a fifth of them control characters: a binary file by any other name. */
  private static byte[] controlCharacters(int n) {
    byte[] bytes = new byte[n];
    for (int i = 0; i < n; i++) bytes[i] = (byte) (i % 5 == 0 ? 1 + i % 7 : 'a' + i % 26);
    return bytes;
  }
}

package vn.sotay.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotay.document.CorpusLoader;
import vn.sotay.document.ParsedDocument;

class CorpusGeneratorTest {
  static final String DECREE = """
      CHÍNH PHỦ
      Số: 01/2004/NĐ-CP

      NGHỊ ĐỊNH
      VỀ QUẢN LÝ VĂN THƯ

      Điều 1. Phạm vi điều chỉnh
      Nghị định này quy định về công tác văn thư.
      Công tác văn thư gồm soạn thảo và ban hành văn bản.

      Điều 2. Đối tượng áp dụng
      1. Cơ quan nhà nước.
      2. Tổ chức chính trị - xã hội.
      3. Đơn vị vũ trang nhân dân.

      Điều 3. Hiệu lực thi hành
      Nghị định này có hiệu lực từ ngày ký.
      """;
  static final Pattern ARTICLE = Pattern.compile("^Điều (\\d+)(\\..*)$");

  @TempDir Path temp;

  @Test
  void variantZeroIsTheDocumentItself() {
    assertEquals(DECREE, DocumentVariants.variant(DECREE, 0, new Random(1)));
  }

  @Test
  void aVariantRenumbersTheDocumentAndKeepsItsSerialShort() {
    String v = DocumentVariants.variant(DECREE, 3, new Random(1));
    assertTrue(v.contains("Số: 3001/2004/NĐ-CP"), v);
    assertEquals("Số: 99123/2020/QĐ-TTg", DocumentVariants.renumbered("Số: 123/2020/QĐ-TTg", 99));
    assertEquals("Số: 1234/UBND", DocumentVariants.renumbered("Số: 1234/UBND", 1), "serial over 999 keeps its last digits");
    assertEquals("Số: /GP-NHNN", DocumentVariants.renumbered("Số: /GP-NHNN", 4), "no serial, nothing to renumber");
  }

  @Test
  void aVariantNumbersItsShuffledArticlesFromOneAndKeepsEveryLine() {
    String v = DocumentVariants.variant(DECREE, 2, new Random(7));
    List<String> numbers = new ArrayList<>();
    List<String> headings = new ArrayList<>();
    for (String line : v.split("\n")) {
      Matcher m = ARTICLE.matcher(line);
      if (m.matches()) {
        numbers.add(m.group(1));
        headings.add(m.group(2));
      }
    }
    assertEquals(List.of("1", "2", "3"), numbers);
    assertEquals(List.of(". Phạm vi điều chỉnh", ". Đối tượng áp dụng", ". Hiệu lực thi hành"),
        headings.stream().sorted(CorpusGeneratorTest::byOriginalOrder).toList());
    assertEquals(contentLines(DECREE.replace("01/2004", "2001/2004")), contentLines(v));
  }

  @Test
  void variantsDifferFromEachOtherAndRepeatForTheSameSeed() {
    String a = DocumentVariants.variant(DECREE, 1, new Random(42));
    String b = DocumentVariants.variant(DECREE, 1, new Random(42));
    assertEquals(a, b);
    List<String> seen = new ArrayList<>();
    for (int seed = 0; seed < 5; seed++) seen.add(DocumentVariants.variant(DECREE, 1, new Random(seed)));
    assertTrue(seen.stream().distinct().count() > 1, "shuffling must change the order for some seed");
    assertNotEquals(DocumentVariants.variant(DECREE, 1, new Random(3)), DocumentVariants.variant(DECREE, 2, new Random(3)));
  }

  @Test
  void aTextWithoutArticlesKeepsItsHeadAndShufflesTheRest() {
    String plan = "KẾ HOẠCH\nSố: 45/KH-UBND\n\nA\nB\nC\nD\nđoạn một\nđoạn hai\nđoạn ba\nđoạn bốn\n";
    String v = DocumentVariants.variant(plan, 5, new Random(3));
    assertTrue(v.startsWith("KẾ HOẠCH\nSố: 5045/KH-UBND\n"), v);
    assertEquals(contentLines(plan.replace("45/", "5045/")), contentLines(v));
  }

  @Test
  void generatesTimesAsManyFilesOfReadableDocuments() throws Exception {
    Path source = Files.createDirectories(temp.resolve("src/docs"));
    Files.writeString(source.resolve("nd-01.txt"), DECREE);
    Files.writeString(source.resolve("luat.txt"), "LUẬT MẪU\n\nĐiều 1. Một\nNội dung một.\n\nĐiều 2. Hai\nNội dung hai.\n");
    byte[] legacy = {(byte) 0x4e, (byte) 0x67, (byte) 0x68, (byte) 0xd6, (byte) 0x20, (byte) 0x71};
    Files.write(source.resolve("cu.txt"), legacy);
    Path target = temp.resolve("x4");

    CorpusSize size = new CorpusGenerator(9).generate(List.of(source), target, 4);

    assertEquals(12, size.files());
    CorpusSize original = CorpusSize.of(List.of(source));
    assertTrue(size.bytes() >= 4 * original.bytes() - 64 && size.bytes() <= 4 * original.bytes() + 256, size.toString());
    Path into = target.resolve("0-docs");
    assertEquals(DECREE, Files.readString(into.resolve("nd-01.txt")));
    assertArrayEquals(legacy, Files.readAllBytes(into.resolve("cu~3.txt")), "not UTF-8: copied as it is");
    ParsedDocument third = new CorpusLoader().load(target, into.resolve("nd-01~3.txt"));
    assertEquals("3001/2004/NĐ-CP", third.metadata().docNumber());
    assertEquals(new CorpusLoader().load(source, source.resolve("nd-01.txt")).passages().size(), third.passages().size());
  }

  @Test
  void aGeneratedCorpusIsReusedAndAnotherRecipeIsRefused() throws Exception {
    Path source = Files.createDirectories(temp.resolve("laws"));
    Files.writeString(source.resolve("a.txt"), DECREE);
    Path target = temp.resolve("gen");
    CorpusGenerator generator = new CorpusGenerator(1);
    generator.generate(List.of(source), target, 3);
    Path first = target.resolve("0-laws/a~1.txt");
    Files.setLastModifiedTime(first, java.nio.file.attribute.FileTime.fromMillis(0));

    assertEquals(3, generator.generate(List.of(source), target, 3).files());
    assertEquals(0, Files.getLastModifiedTime(first).toMillis(), "reused, not written again");
    assertThrows(java.io.IOException.class, () -> generator.generate(List.of(source), target, 4));
    assertThrows(IllegalArgumentException.class, () -> generator.generate(List.of(source), temp.resolve("big"), 101));
  }

  @Test
  void variantNamesKeepTheExtension() {
    assertEquals("vb-0001~12.txt", CorpusGenerator.variantName("vb-0001.txt", 12));
    assertEquals("README~2", CorpusGenerator.variantName("README", 2));
  }

  /** Non-blank lines with article numbers taken out, sorted: what a variant must keep. */
  private static List<String> contentLines(String text) {
    try (Stream<String> lines = text.lines()) {
      return lines.filter(l -> !l.isBlank()).map(l -> l.replaceFirst("^Điều \\d+", "Điều")).sorted().toList();
    }
  }

  private static int byOriginalOrder(String a, String b) {
    return Integer.compare(DECREE.indexOf(a), DECREE.indexOf(b));
  }
}

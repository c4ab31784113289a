package vn.sotay.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentNumberTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "05-NQ/TU|5|-|NQ|TU|5-nq-tu",
      "57-NQ/TW|57|-|NQ|TW|57-nq-tw",
      "08-QĐi/TW|8|-|QĐi|TW|8-qdi-tw",
      "50-CTr/TU|50|-|CTr|TU|50-ctr-tu",
      "12/CT-UBND|12|-|CT|UBND|12-ct-ubnd",
      "30/2020/NĐ-CP|30|2020|NĐ|CP|30-2020-nd-cp",
      "42/2016/NQ-HĐND|42|2016|NQ|HĐND|42-2016-nq-hdnd",
      "456/UBND-VX|456|-|-|UBND-VX|456-ubnd-vx",
      "101/2017NQ-HĐND|101|2017|NQ|HĐND|101-2017-nq-hdnd",
      "01/2011/NQLT/UBTVQH-CP-ĐCTUBTWMTTQVN|1|2011|NQLT|UBTVQH-CP-ĐCTUBTWMTTQVN|1-2011-nqlt-ubtvqh-cp-dctubtwmttqvn",
      "01/2005/NQLT-BLĐTBXH-BCA-BVHTT-UBTƯMTTQVN|1|2005|NQLT|BLĐTBXH-BCA-BVHTT-UBTƯMTTQVN|1-2005-nqlt-bldtbxh-bca-bvhtt-ubtumttqvn",
      "01/2002/QH11|1|2002|-|QH11|1-2002-qh11",
      "25/QĐ-TTg|25|-|QĐ|TTg|25-qd-ttg"})
  void partsOfEachKindOfNumber(String raw, String number, String year, String type, String issuer, String key) {
    DocumentNumber n = DocumentNumber.parse(raw).orElseThrow();
    assertEquals(number, n.number());
    assertEquals(year, n.year());
    assertEquals(type, n.type());
    assertEquals(issuer, n.issuer());
    assertEquals(key, n.key());
  }

  @Test
  void quyDinhAndQuyetDinhStayApart() {
    assertTrue(!DocumentNumber.parse("08-QĐi/TW").orElseThrow().key()
        .equals(DocumentNumber.parse("08-QĐ/TW").orElseThrow().key()));
  }

  @Test
  void numbersAreFoundInRunningTextButDatesAndWordsAreNot() {
    List<DocumentNumber> found = DocumentNumber.findAll(
        "Thực hiện Nghị quyết số 05-NQ/TU ngày 15/3/2023 và Nghị định 30/2020/NĐ-CP; khoản 1-Ủy ban, Điều 5-Điều 7.");
    assertEquals(List.of("05-NQ/TU", "30/2020/NĐ-CP"), found.stream().map(DocumentNumber::raw).toList());
    assertTrue(DocumentNumber.parse("15/3/2023").isEmpty());
    assertTrue(DocumentNumber.parse("nghị quyết").isEmpty());
  }

  @Test
  void typeNamesAndCodes() {
    assertEquals("Nghị quyết", DocumentTypes.name("NQ"));
    assertEquals("Quy định", DocumentTypes.name("QĐi"));
    assertEquals("CTr", DocumentTypes.codeOfName("chuong trinh").orElseThrow());
    assertEquals("NĐ", DocumentTypes.codeOfName("Nghị định").orElseThrow());
    assertNull(DocumentTypes.name("XYZ"));
  }

  private static final Pattern SO_LINE = Pattern.compile("^Số:?\\s*(\\S+)\\s*$");
  /** A number as officially formed: serial, optional year, codes; blanks ("Số: /GP-NHNN") and prose are not. */
  private static final Pattern WELL_FORMED = Pattern.compile("\\d+[a-z]?/(?:\\d{4}/)?[\\p{Lu}\\p{Ll}\\d]+(?:[-/][\\p{Lu}\\p{Ll}\\d]+)*|\\d+-[\\p{Lu}\\p{Ll}]+/[\\p{Lu}\\p{Ll}\\d-]+");

  @Test
  void recoversTheNumbersOfTheVbplSample() throws IOException {
    Path docs = Path.of(System.getProperty("sotay.shared", "../shared"), "data", "vbpl-sample", "docs");
    assumeTrue(Files.isDirectory(docs), "vbpl-sample not present");
    int files = 0, withLine = 0, wellFormed = 0, recovered = 0;
    try (Stream<Path> list = Files.list(docs)) {
      for (Path f : list.sorted().toList()) {
        files++;
        List<String> head = Files.readAllLines(f, StandardCharsets.UTF_8).stream().limit(15).toList();
        for (String line : head) {
          Matcher m = SO_LINE.matcher(VietnameseNormalizer.normalize(line).strip());
          if (!m.matches()) continue;
          withLine++;
          String raw = m.group(1);
          if (WELL_FORMED.matcher(raw).matches()) {
            wellFormed++;
            if (DocumentNumber.parse(raw).map(DocumentNumber::raw).filter(raw::equals).isPresent()) recovered++;
            else System.out.println("not recovered: " + raw);
          }
          break;
        }
      }
    }
    System.out.printf("vbpl-sample: %d files, %d 'Số:' lines, %d well-formed, %d recovered exactly%n",
        files, withLine, wellFormed, recovered);
    assertTrue(recovered >= wellFormed * 0.99, recovered + " of " + wellFormed);
  }
}

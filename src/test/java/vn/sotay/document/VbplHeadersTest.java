package vn.sotay.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.sotay.text.DocumentTypes;

/**
 * The official header parser on ../shared/data/vbpl-sample: each file opens with the issuer, "Số: ...", the type
 * line and the title. The expected values are read off those lines directly and compared with what the loader
 * recovers; the figures are printed.
 */
class VbplHeadersTest {
  @Test
  void recoversTypesAndIssuersOfTheOfficialHeaders() throws IOException {
    Path docs = Path.of(System.getProperty("sotay.shared", "../shared"), "data", "vbpl-sample", "docs");
    assumeTrue(Files.isDirectory(docs), "vbpl-sample not present");
    List<Path> files;
    try (Stream<Path> s = Files.list(docs)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    CorpusLoader loader = new CorpusLoader();
    int typed = 0, typeExact = 0, issued = 0, issuerExact = 0, failed = 0;
    List<String> misses = new ArrayList<>();
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .map(String::strip).filter(l -> !l.isEmpty()).toList();
      int so = indexOfNumberLine(lines);
      if (so < 1) continue;
      String expectedIssuer = String.join(" ", lines.subList(0, so).stream().filter(l -> !isMotto(l)).toList())
          .replaceAll("\\s+", " ");
      String expectedType = so + 1 < lines.size() ? knownType(lines.get(so + 1)) : null;
      DocumentMetadata m;
      try {
        m = loader.load(docs, file).metadata();
      } catch (UnreadableDocumentException e) {
        failed++;
        if (misses.size() < 10) misses.add(file.getFileName() + " unreadable: " + e.getMessage());
        continue;
      }
      if (expectedType != null) {
        typed++;
        if (expectedType.equals(m.docType())) typeExact++;
        else if (misses.size() < 5) misses.add(file.getFileName() + " type " + expectedType + " -> " + m.docType());
      }
      if (expectedIssuer.isEmpty()) continue;
      issued++;
      if (m.issuer() != null && m.issuer().toLowerCase(Locale.ROOT).equals(expectedIssuer.toLowerCase(Locale.ROOT))) {
        issuerExact++;
      } else if (misses.size() < 10) {
        misses.add(file.getFileName() + " issuer " + expectedIssuer + " -> " + m.issuer());
      }
    }
    System.out.printf("vbpl-sample headers: %d files, %d unreadable; type line %d, recovered exactly %d;"
        + " issuer %d, recovered exactly %d%n", files.size(), failed, typed, typeExact, issued, issuerExact);
    misses.forEach(m -> System.out.println("  miss: " + m));
    assertTrue(failed == 0, "every sample file reads");
    assertTrue(typeExact >= typed * 0.99, "types recovered: " + typeExact + "/" + typed);
    assertTrue(issuerExact >= issued * 0.98, "issuers recovered: " + issuerExact + "/" + issued);
  }

  private static boolean isMotto(String line) {
    return line.matches("(?i)^(CỘNG HÒA|CỘNG HOÀ|SOCIALIST|Độc lập|Independence).*");
  }

  private static int indexOfNumberLine(List<String> lines) {
    for (int i = 0; i < Math.min(6, lines.size()); i++) if (lines.get(i).startsWith("Số:")) return i;
    return -1;
  }

  /** The type line's canonical name when it is one of the known document types. */
  private static String knownType(String line) {
    return DocumentTypes.codeOfName(line).map(DocumentTypes::name).orElse(null);
  }
}

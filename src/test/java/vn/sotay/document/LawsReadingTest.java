package vn.sotay.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every article of the 21 laws in ../shared/data/laws-qa becomes passages under its own "Điều N." heading. */
class LawsReadingTest {
  private static final Pattern ARTICLE_LINE = Pattern.compile("(?m)^\\s*Điều (\\d+)(?:\\.|\\s*$)");
  private static final Pattern ARTICLE_ANCHOR = Pattern.compile("^dieu-(\\d+)(?:-k\\d+)?$");

  @Test
  void everyArticleIsFoundWithItsHeading() throws Exception {
    Path laws = Path.of(System.getProperty("sotay.shared", "../shared"), "data", "laws-qa", "laws");
    assumeTrue(Files.isDirectory(laws), "laws-qa not present");
    List<Path> files;
    try (Stream<Path> s = Files.list(laws)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertEquals(21, files.size());
    CorpusLoader loader = new CorpusLoader();
    int articles = 0;
    for (Path file : files) {
      Set<Integer> expected = new TreeSet<>();
      Matcher m = ARTICLE_LINE.matcher(java.text.Normalizer.normalize(Files.readString(file, StandardCharsets.UTF_8), java.text.Normalizer.Form.NFC));
      while (m.find()) expected.add(Integer.parseInt(m.group(1)));
      ParsedDocument d = loader.load(laws, file);
      Set<Integer> found = new TreeSet<>();
      for (Passage p : d.passages()) {
        Matcher a = ARTICLE_ANCHOR.matcher(p.anchor());
        if (!a.matches()) continue;
        found.add(Integer.parseInt(a.group(1)));
        String heading = p.path().stream().filter(h -> h.startsWith("Điều ")).findFirst().orElse("");
        assertTrue(heading.matches("Điều " + a.group(1) + "(\\..*)?"), file.getFileName() + " " + p.anchor() + " " + p.path());
      }
      assertEquals(expected, found, file.getFileName().toString());
      assertTrue(d.metadata().title() != null && d.metadata().docType() != null, file.getFileName() + " " + d.metadata());
      articles += expected.size();
    }
    System.out.printf("laws-qa: %d laws, %d articles, all read as passages%n", files.size(), articles);
  }
}

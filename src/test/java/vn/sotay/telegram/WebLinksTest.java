package vn.sotay.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Links to passages on the public web page. */
class WebLinksTest {
  @Test
  void aCitationUrlBecomesAbsolute() {
    WebLinks links = new WebLinks(URI.create("https://sotay.example.vn/"));
    assertEquals(Optional.of("https://sotay.example.vn/documents/mau/nghi-quyet-05-nq-tu#iii-1"),
        links.of("/documents/mau/nghi-quyet-05-nq-tu#iii-1"));
    assertEquals(Optional.of("https://sotay.example.vn/documents/mau/nghi-quyet-05-nq-tu"), links.document("mau/nghi-quyet-05-nq-tu"));
  }

  @Test
  void aPathPrefixIsKeptAndOddIdsAreEncoded() {
    WebLinks links = new WebLinks(URI.create("http://10.0.0.5:7070/sotay"));
    assertEquals(Optional.of("http://10.0.0.5:7070/sotay/documents/v%C4%83n%20b%E1%BA%A3n/ngh%E1%BB%8B%20quy%E1%BA%BFt#ii-3"),
        links.passage("văn bản/nghị quyết", "ii-3"));
  }

  @Test
  void noPublicPageNoLinks() {
    assertEquals(Optional.empty(), new WebLinks(null).of("/documents/x#a"));
  }
}

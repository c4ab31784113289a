package vn.sotay.telegram;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** Absolute links to the web page ("/documents/{docId}#anchor" under SOTAY_PUBLIC_URL), when it is public. */
final class WebLinks {
  private final URI base;

  /** @param base the public address of the web page, or null when users cannot reach it */
  WebLinks(URI base) {
    this.base = base;
  }

  /** The passage's address, percent-encoded (document ids are file paths and may hold spaces or diacritics). */
  Optional<String> passage(String docId, String anchor) {
    return at("/documents/" + docId, anchor);
  }

  Optional<String> document(String docId) {
    return at("/documents/" + docId, null);
  }

  /** A citation's relative url ("/documents/{docId}#anchor") made absolute. */
  Optional<String> of(String relativeUrl) {
    if (relativeUrl == null) return Optional.empty();
    int hash = relativeUrl.indexOf('#');
    return hash < 0 ? at(relativeUrl, null) : at(relativeUrl.substring(0, hash), relativeUrl.substring(hash + 1));
  }

  private Optional<String> at(String path, String fragment) {
    if (base == null) return Optional.empty();
    String prefix = base.getPath() == null ? "" : base.getPath().replaceAll("/+$", "");
    try {
      return Optional.of(new URI(base.getScheme(), base.getAuthority(), prefix + path, null, fragment).toASCIIString());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}

package vn.sotay.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Folder rules of one corpus folder: a file named {@value #FILE_NAME} in a folder sets the access of every document
 * below it, subfolders included, unless a document's own front matter says otherwise; the nearest rule wins, so a
 * subfolder's rule can open up part of an internal tree again. The rule is the file's first line that is neither
 * blank nor a {@code #} comment ("noi-bo" or "public"). A rule that cannot be read, is empty or names an unknown
 * level makes its folder internal (fail closed) and carries the problem for the index report. Each rule file is read
 * once per instance: make one per index update.
 */
public final class FolderAccess {
  public static final String FILE_NAME = ".sotay-access";
  private static final int MAX_RULE_BYTES = 4096;

  /**
   * The access a folder gives its documents.
   *
   * @param ruleFile the corpus-relative path of the rule file that decided it, or null when no rule applies
   * @param problem why the rule was taken as internal although it does not say so clearly, or null
   */
  public record Rule(Access access, String ruleFile, String problem) {}

  private static final Rule NONE = new Rule(Access.PUBLIC, null, null);

  private final Path root;
  private final Map<Path, Rule> byFolder = new HashMap<>();

  public FolderAccess(Path root) {
    this.root = root;
  }

  /** The rule that applies to a file under the corpus folder. */
  public Rule of(Path file) {
    return folder(file.getParent());
  }

  private Rule folder(Path dir) {
    if (dir == null || !dir.startsWith(root)) return NONE;
    Rule known = byFolder.get(dir);
    if (known != null) return known;
    Path ruleFile = dir.resolve(FILE_NAME);
    Rule rule = Files.exists(ruleFile) ? read(ruleFile) : dir.equals(root) ? NONE : folder(dir.getParent());
    byFolder.put(dir, rule);
    return rule;
  }

  private Rule read(Path ruleFile) {
    String source = root.relativize(ruleFile).toString().replace('\\', '/');
    String text;
    try (InputStream in = Files.newInputStream(ruleFile)) {
      text = new String(in.readNBytes(MAX_RULE_BYTES), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return new Rule(Access.INTERNAL, source, "Không đọc được quy tắc quyền truy cập (" + e.getMessage()
          + "): các văn bản trong thư mục được coi là nội bộ.");
    }
    for (String line : text.replace("\uFEFF", "").split("\r\n|\r|\n")) {
      String value = line.strip();
      if (value.isEmpty() || value.startsWith("#")) continue;
      Optional<Access> access = Access.parse(value);
      return access.map(a -> new Rule(a, source, null))
          .orElseGet(() -> new Rule(Access.INTERNAL, source, Access.unknownValue(value)));
    }
    return new Rule(Access.INTERNAL, source, "Tệp quy tắc quyền truy cập trống (ghi noi-bo hoặc public): "
        + "các văn bản trong thư mục được coi là nội bộ.");
  }
}

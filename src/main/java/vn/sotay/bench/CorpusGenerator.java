package vn.sotay.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a corpus {@code times} as large as its source folders: every file as it is, plus {@code times - 1}
 * {@linkplain DocumentVariants variants} of it. Files that are not UTF-8 text (legacy encodings, .docx, .pdf) are
 * copied unchanged under the variant names. The same seed writes the same corpus, so runs compare; a folder
 * already generated with the same sources, size and seed is reused.
 */
public final class CorpusGenerator {
  static final String MARKER = ".generated";
  private final long seed;

  public CorpusGenerator(long seed) {
    this.seed = seed;
  }

  /** The source roots' files land in {@code target/<n>-<root name>/}, variant k of a.txt as {@code a~k.txt}. */
  public CorpusSize generate(List<Path> sources, Path target, int times) throws IOException {
    if (times < 1 || times > 100) throw new IllegalArgumentException("times must be 1..100: " + times);
    String recipe = "times=" + times + " seed=" + seed + " sources=" + sources.stream().map(this::absolute).toList();
    Path marker = target.resolve(MARKER);
    if (Files.isRegularFile(marker) && Files.readString(marker).equals(recipe)) return CorpusSize.of(List.of(target));
    if (Files.exists(target)) throw new IOException("not empty and not generated with the same recipe: " + target);
    for (int n = 0; n < sources.size(); n++) {
      Path root = sources.get(n);
      Path into = target.resolve(n + "-" + root.toAbsolutePath().normalize().getFileName());
      for (Path file : files(root)) {
        writeVariants(file, into.resolve(root.relativize(file).toString()), times);
      }
    }
    Files.writeString(marker, recipe);
    return CorpusSize.of(List.of(target));
  }

  private void writeVariants(Path file, Path as, int times) throws IOException {
    Files.createDirectories(as.getParent());
    byte[] bytes = Files.readAllBytes(file);
    String text = utf8Text(file, bytes);
    Random random = new Random(seed ^ file.getFileName().toString().hashCode());
    for (int k = 0; k < times; k++) {
      Path out = k == 0 ? as : as.resolveSibling(variantName(as.getFileName().toString(), k));
      if (text == null) {
        Files.write(out, bytes);
      } else {
        Files.writeString(out, DocumentVariants.variant(text, k, random), StandardCharsets.UTF_8);
      }
    }
  }

  static String variantName(String name, int k) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) + "~" + k + name.substring(dot) : name + "~" + k;
  }

  /** The text of a .txt or .md file in UTF-8 without a byte-order mark; null for anything else. */
  private static String utf8Text(Path file, byte[] bytes) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (!name.endsWith(".txt") && !name.endsWith(".md")) return null;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF) return null;
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException notUtf8) {
      return null;
    }
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).filter(p -> !CorpusSize.isHidden(root.relativize(p))).sorted().toList();
    }
  }

  private String absolute(Path p) {
    return p.toAbsolutePath().normalize().toString();
  }
}

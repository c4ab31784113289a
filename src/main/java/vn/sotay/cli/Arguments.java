package vn.sotay.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.sotay.search.Viewer;

/**
 * A command line: the command, its free words, repeatable options ("--corpus a --corpus b") and flags ("--json").
 * Unknown options are an error, so a typo never silently runs on the wrong folder.
 */
public record Arguments(String command, List<String> words, Map<String, List<String>> options, Set<String> flags) {
  private static final Set<String> VALUED =
      Set.of("corpus", "index", "port", "host", "limit", "type", "issuer", "year", "questions", "offset", "sort", "scales",
          "clients", "seconds", "work");
  private static final Set<String> FLAGS = Set.of("json", "help", "strip", "noi-bo", "keep");

  public static Arguments parse(String[] args) {
    if (args.length == 0) throw new UsageException("Thiếu lệnh.");
    List<String> words = new ArrayList<>();
    Map<String, List<String>> options = new HashMap<>();
    Set<String> flags = new java.util.HashSet<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.startsWith("--")) {
        String name = arg.substring(2);
        String value = null;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        }
        if (FLAGS.contains(name) && value == null) {
          flags.add(name);
        } else if (VALUED.contains(name)) {
          if (value == null) {
            if (i + 1 >= args.length) throw new UsageException("Tùy chọn --" + name + " cần một giá trị.");
            value = args[++i];
          }
          options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        } else {
          throw new UsageException("Tùy chọn không có: --" + name);
        }
      } else {
        words.add(arg);
      }
    }
    return new Arguments(args[0], List.copyOf(words), Map.copyOf(options), Set.copyOf(flags));
  }

  public String text() {
    return String.join(" ", words);
  }

  public boolean flag(String name) {
    return flags.contains(name);
  }

  public String option(String name, String fallback) {
    List<String> values = options.get(name);
    return values == null ? fallback : values.get(values.size() - 1);
  }

  public Integer intOption(String name, Integer fallback) {
    String value = option(name, null);
    if (value == null) return fallback;
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new UsageException("Giá trị của --" + name + " phải là số nguyên: " + value);
    }
  }

  /** The corpus folders given, or the shipped corpus/ when none is. */
  public List<Path> corpusRoots() {
    return options.getOrDefault("corpus", List.of("corpus")).stream().map(Path::of).toList();
  }

  public Path indexDir() {
    return Path.of(option("index", "index"));
  }

  /**
   * Whoever runs search or ask holds the index on disk, but sees internal documents only when asking for them
   * with --noi-bo, so a copy-pasted command never shows them by surprise.
   */
  public Viewer viewer() {
    return flag("noi-bo") ? Viewer.INTERNAL : Viewer.PUBLIC;
  }
}

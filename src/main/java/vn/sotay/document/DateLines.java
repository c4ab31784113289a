package vn.sotay.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as documents write them: "ngày 11 tháng 7 năm 2023", "11/07/2023", "11-7-2023", "2023-07-11". */
final class DateLines {
  private static final Pattern WORDS = Pattern.compile("(?iu)ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");
  private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?!\\d)");
  private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

  private DateLines() {}

  static Optional<LocalDate> find(String text) {
    Matcher m = WORDS.matcher(text);
    if (m.find()) return date(m.group(3), m.group(2), m.group(1));
    m = ISO.matcher(text);
    if (m.find()) return date(m.group(1), m.group(2), m.group(3));
    m = NUMERIC.matcher(text);
    if (m.find()) return date(m.group(3), m.group(2), m.group(1));
    return Optional.empty();
  }

  static boolean isPlaceDateLine(String line) {
    return line.length() <= 100 && WORDS.matcher(line).find();
  }

  private static Optional<LocalDate> date(String y, String mo, String d) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}

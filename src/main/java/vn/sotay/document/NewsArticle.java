package vn.sotay.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Press articles saved from the web: a headline, a date line ("11/07/2023 | 20:48 GMT+7"), the story, a byline,
 * then page leftovers ("Viết bình luận mới", "Tin cùng chuyên mục", "Xem thêm >>") that are not the story.
 */
record NewsArticle(String headline, LocalDate date, String byline, List<Line> story) {
  private static final Pattern DATE_LINE = Pattern.compile("^\\d{1,2}/\\d{1,2}/\\d{4}\\s*(\\||-|,)?\\s*\\d{1,2}:\\d{2}.*$");
  private static final Pattern END_OF_STORY = Pattern.compile(
      "(?iu)^(viết bình luận|gửi bình luận|bình luận|tin cùng chuyên mục|các tin khác|tin liên quan|bài viết liên quan|xem thêm|ý kiến bạn đọc|tin mới nhất|đọc nhiều nhất)\\b.*");
  private static final Pattern LEFTOVER = Pattern.compile(
      "(?iu)^(chia sẻ|in bài|lên đầu trang|tags?:|từ khóa:|facebook|twitter|zalo|email|bản in|cỡ chữ.*|[<>»«|]+)$");
  private static final Pattern BYLINE = Pattern.compile("^([\\p{Lu}][\\p{Lu}\\s.-]{1,40}?)(?:\\s+(lược ghi|ghi|thực hiện|\\(.*\\)))?$");

  /** The article in the lines, when they are one (a date line among the first few). */
  static Optional<NewsArticle> of(List<Line> lines) {
    List<Line> text = lines.stream().filter(l -> !l.blank()).toList();
    int dateAt = -1;
    for (int i = 0; i < Math.min(6, text.size()); i++) {
      if (DATE_LINE.matcher(text.get(i).text()).matches()) {
        dateAt = i;
        break;
      }
    }
    if (dateAt < 0) return Optional.empty();
    LocalDate date = DateLines.find(text.get(dateAt).text()).orElse(null);
    String headline = dateAt > 0 ? text.get(0).text() : null;
    List<Line> story = new ArrayList<>();
    for (int i = dateAt + 1; i < text.size(); i++) {
      String t = text.get(i).text();
      if (END_OF_STORY.matcher(t).matches()) break;
      if (LEFTOVER.matcher(t).matches()) continue;
      story.add(text.get(i));
    }
    for (int i = 1; i < dateAt; i++) story.add(i - 1, text.get(i)); // sapo lines between headline and date
    String byline = null;
    if (!story.isEmpty()) {
      String last = story.get(story.size() - 1).text();
      java.util.regex.Matcher m = BYLINE.matcher(last);
      if (last.length() <= 60 && m.matches()) {
        byline = m.group(1).strip(); // the author, without "lược ghi" (summarised by)
        story.remove(story.size() - 1);
      }
    }
    return Optional.of(new NewsArticle(headline, date, byline, List.copyOf(story)));
  }
}

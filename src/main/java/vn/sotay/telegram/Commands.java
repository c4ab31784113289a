package vn.sotay.telegram;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/** The bot's commands, as registered with Telegram (setMyCommands) and as read from a message. */
final class Commands {
  static final String START = "start";
  static final String HELP = "help";
  static final String HELP_VI = "trogiup";
  static final String ASK = "hoi";
  static final String SEARCH = "tim";
  static final String DOCUMENT = "vb";
  static final String LATEST = "moi";

  /** In menu order, with the Vietnamese descriptions users see. */
  static final List<BotCommand> MENU = List.of(
      new BotCommand(ASK, "Hỏi đáp: câu trả lời ngắn kèm trích dẫn nguyên văn"),
      new BotCommand(SEARCH, "Tìm đoạn văn bản theo từ khóa"),
      new BotCommand(DOCUMENT, "Mở văn bản theo số ký hiệu, ví dụ /vb 05-NQ/TU"),
      new BotCommand(LATEST, "Các văn bản mới nhất trong kho"),
      new BotCommand(HELP_VI, "Hướng dẫn sử dụng"),
      new BotCommand(HELP, "Hướng dẫn sử dụng"),
      new BotCommand(START, "Bắt đầu"));

  /**
   * A command in a message: {@code /name[@bot] args}.
   *
   * @param forOtherBot the command names another bot ("/tim@other_bot"): not ours to answer
   */
  record Parsed(String name, String args, boolean forOtherBot) {}

  private Commands() {}

  static Optional<Parsed> parse(String text, String botUsername) {
    if (text == null || !text.startsWith("/") || text.length() < 2) return Optional.empty();
    int end = 1;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) end++;
    String head = text.substring(1, end);
    String args = text.substring(end).strip();
    int at = head.indexOf('@');
    String name = (at < 0 ? head : head.substring(0, at)).toLowerCase(Locale.ROOT);
    boolean other = at >= 0 && (botUsername == null || !head.substring(at + 1).equalsIgnoreCase(botUsername));
    return Optional.of(new Parsed(name, args, other));
  }
}

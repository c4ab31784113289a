package vn.sotay.telegram;

import java.util.List;

/**
 * What the bot says: formatted blocks (each valid HTML on its own, split into messages at block boundaries) and
 * the buttons under the last message.
 */
record Reply(List<String> blocks, List<List<Button>> keyboard) {
  record Button(String label, BotAction action) {}

  Reply {
    blocks = List.copyOf(blocks);
    keyboard = keyboard.stream().filter(row -> !row.isEmpty()).map(List::copyOf).toList();
  }

  static Reply of(String html) {
    return new Reply(List.of(html), List.of());
  }
}

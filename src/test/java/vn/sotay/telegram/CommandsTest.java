package vn.sotay.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/** Commands as users type them, and as the menu shows them. */
class CommandsTest {
  @Test
  void aCommandHasANameAndTheRestOfTheLine() {
    assertEquals(Optional.of(new Commands.Parsed("tim", "chuyển đổi số", false)), Commands.parse("/tim  chuyển đổi số ", "sotay_bot"));
    assertEquals(Optional.of(new Commands.Parsed("hoi", "", false)), Commands.parse("/HOI", "sotay_bot"));
  }

  @Test
  void inGroupsACommandMayNameTheBot() {
    assertEquals(Optional.of(new Commands.Parsed("vb", "05-NQ/TU", false)), Commands.parse("/vb@Sotay_Bot 05-NQ/TU", "sotay_bot"));
    assertTrue(Commands.parse("/vb@other_bot 05-NQ/TU", "sotay_bot").orElseThrow().forOtherBot());
  }

  @Test
  void textThatIsNotACommand() {
    assertEquals(Optional.empty(), Commands.parse("9 nhiệm vụ trọng tâm là gì?", "sotay_bot"));
    assertEquals(Optional.empty(), Commands.parse("/", "sotay_bot"));
  }

  @Test
  void theMenuFollowsTelegramsRules() {
    for (BotCommand c : Commands.MENU) {
      assertTrue(c.getCommand().matches("[a-z0-9_]{1,32}"), c.getCommand());
      assertTrue(!c.getDescription().isBlank() && c.getDescription().length() <= 256, c.getDescription());
    }
  }
}

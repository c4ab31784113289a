package vn.sotay.telegram;

import java.util.Set;

/**
 * Who may use the bot: a user listed by id, or anyone in a listed chat (a group's id). Empty = everyone. Checked
 * on every request: Telegram's command scopes only hide commands, they do not keep anyone out.
 */
final class AccessList {
  private final Set<Long> allowed;

  AccessList(Set<Long> allowed) {
    this.allowed = Set.copyOf(allowed);
  }

  boolean allows(long userId, long chatId) {
    return allowed.isEmpty() || allowed.contains(userId) || allowed.contains(chatId);
  }
}

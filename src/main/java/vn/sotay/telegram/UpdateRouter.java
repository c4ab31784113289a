package vn.sotay.telegram;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import vn.sotay.search.InternalGrants;
import vn.sotay.search.InvalidQueryException;
import vn.sotay.search.Viewer;

/**
 * Decides what an update asks for and answers it. In a private chat any text is a question; in a group only
 * commands, replies to the bot and @mentions are for the bot, and answers are short. Every request passes the
 * chat's rate budget and the access list first. Each update is answered as its own viewer sees the documents:
 * internal ones only in a granted user's private chat or in a granted group, decided anew for every message and
 * button, so a button cannot carry internal results to anyone else. An error is logged and answered with an
 * apology; it never reaches the polling loop.
 */
final class UpdateRouter {
  private static final Logger LOG = Logger.getLogger(UpdateRouter.class.getName());

  /** Who the bot is (from getMe), to recognise mentions, replies and commands addressed to it. */
  record Identity(long id, String username) {}

  /** What a message asks: a command (name, args) or a question (name null). */
  private record Request(String command, String text) {}

  private final Supplier<Identity> identity;
  private final AccessList access;
  private final InternalGrants grants;
  private final ChatThrottle throttle;
  private final Replies replies;
  private final Outbox outbox;
  private final CallbackStore callbacks;

  UpdateRouter(Supplier<Identity> identity, AccessList access, InternalGrants grants, ChatThrottle throttle,
      Replies replies, Outbox outbox, CallbackStore callbacks) {
    this.identity = identity;
    this.access = access;
    this.grants = grants;
    this.throttle = throttle;
    this.replies = replies;
    this.outbox = outbox;
    this.callbacks = callbacks;
  }

  /** The chat an update belongs to, which orders its handling (0 for updates without one). */
  static long chatOf(Update u) {
    if (u.hasMessage()) return u.getMessage().getChatId();
    if (u.hasCallbackQuery()) {
      CallbackQuery q = u.getCallbackQuery();
      return q.getMessage() != null ? q.getMessage().getChatId() : q.getFrom().getId();
    }
    return 0;
  }

  void handle(Update u) {
    if (u.hasCallbackQuery()) {
      callback(u.getCallbackQuery());
    } else if (u.hasMessage()) {
      message(u.getMessage());
    }
  }

  // ---------- messages ----------

  private void message(Message m) {
    long chatId = m.getChatId();
    boolean group = !"private".equals(m.getChat().getType());
    Optional<Request> request = m.hasText() ? request(m, group) : Optional.empty();
    boolean textless = !m.hasText() && !group; // a sticker or photo sent privately is told what the bot reads
    if (request.isEmpty() && !textless) return;
    long userId = m.getFrom() == null ? chatId : m.getFrom().getId();
    Integer replyTo = group ? m.getMessageId() : null;
    switch (throttle.admit(chatId)) {
      case DROP -> {
        return;
      }
      case WARN -> {
        guarded(chatId, replyTo, () -> outbox.send(chatId, Notices.slowDown(throttle.secondsToWait(chatId)), replyTo));
        return;
      }
      case GO -> { }
    }
    if (!access.allows(userId, chatId)) {
      LOG.info(() -> "refused user " + userId + " in chat " + chatId);
      guarded(chatId, replyTo, () -> outbox.send(chatId, Notices.refusal(userId, chatId), replyTo));
      return;
    }
    Viewer viewer = grants.forTelegram(userId, chatId, !group);
    guarded(chatId, replyTo, () -> outbox.send(chatId,
        request.isEmpty() ? Reply.of(Notices.textOnly()) : reply(request.get(), group, viewer), replyTo));
  }

  private Optional<Request> request(Message m, boolean group) {
    String text = m.getText().strip();
    Identity me = identity.get();
    String username = me == null ? null : me.username();
    Optional<Commands.Parsed> command = Commands.parse(text, username);
    if (command.isPresent()) {
      return command.get().forOtherBot() ? Optional.empty() : Optional.of(new Request(command.get().name(), command.get().args()));
    }
    if (!group) return Optional.of(new Request(null, text));
    boolean repliesToBot = m.getReplyToMessage() != null && m.getReplyToMessage().getFrom() != null && me != null
        && m.getReplyToMessage().getFrom().getId() == me.id();
    String mention = username == null ? null : "@" + username.toLowerCase(Locale.ROOT);
    boolean mentioned = mention != null && text.toLowerCase(Locale.ROOT).contains(mention);
    if (!repliesToBot && !mentioned) return Optional.empty();
    String question = mentioned ? text.replaceAll("(?i)@" + java.util.regex.Pattern.quote(username) + "\\b", " ").strip() : text;
    return Optional.of(new Request(null, question));
  }

  private Reply reply(Request r, boolean group, Viewer viewer) throws InvalidQueryException {
    Identity me = identity.get();
    String briefFor = !group ? null : me == null || me.username() == null ? "" : me.username();
    if (r.command() == null) {
      return r.text().isEmpty() ? Reply.of(Notices.help()) : replies.answer(r.text(), briefFor, viewer);
    }
    boolean needsText = Commands.ASK.equals(r.command()) || Commands.SEARCH.equals(r.command())
        || Commands.DOCUMENT.equals(r.command());
    if (needsText && r.text().isEmpty()) return Reply.of(Notices.usage(r.command()));
    return switch (r.command()) {
      case Commands.START -> Reply.of(Notices.welcome());
      case Commands.HELP, Commands.HELP_VI -> Reply.of(Notices.help());
      case Commands.ASK -> replies.answer(r.text(), briefFor, viewer);
      case Commands.SEARCH -> replies.searchPage(r.text(), 0, viewer);
      case Commands.DOCUMENT -> replies.document(r.text(), viewer);
      case Commands.LATEST -> replies.latest(0, viewer);
      default -> Reply.of(Notices.unknownCommand(r.command()));
    };
  }

  // ---------- buttons ----------

  private void callback(CallbackQuery q) {
    User from = q.getFrom();
    long chatId = q.getMessage() != null ? q.getMessage().getChatId() : from.getId();
    Integer messageId = q.getMessage() != null ? q.getMessage().getMessageId() : null;
    String notice = null;
    try {
      if (throttle.admit(chatId) != ChatThrottle.Verdict.GO) {
        notice = Notices.slowDownShort(throttle.secondsToWait(chatId));
      } else if (!access.allows(from.getId(), chatId)) {
        notice = Notices.refusalShort(from.getId());
      } else {
        Optional<BotAction> action = callbacks.get(chatId, q.getData());
        if (action.isEmpty()) {
          notice = Notices.staleButton();
        } else {
          // the presser's viewer, not the one the button was made for: without its message, nothing internal
          boolean privateChat = q.getMessage() != null && q.getMessage().isUserMessage();
          Viewer viewer = q.getMessage() == null ? Viewer.PUBLIC : grants.forTelegram(from.getId(), chatId, privateChat);
          perform(chatId, messageId, action.get(), viewer);
        }
      }
    } catch (InvalidQueryException e) {
      notice = e.getMessage();
    } catch (Exception e) {
      LOG.log(Level.WARNING, "button failed in chat " + chatId, e);
      notice = Notices.apology();
    } finally {
      // always answered, or the user's button spins until Telegram gives up
      try {
        outbox.answerCallback(q.getId(), notice);
      } catch (TelegramApiException | RuntimeException e) {
        LOG.log(Level.WARNING, "could not answer a button in chat " + chatId, e);
      }
    }
  }

  private void perform(long chatId, Integer messageId, BotAction action, Viewer viewer)
      throws InvalidQueryException, TelegramApiException {
    Reply reply = replies.perform(action, viewer);
    if (action.edit() && messageId != null) {
      outbox.edit(chatId, messageId, reply);
    } else {
      outbox.send(chatId, reply, null);
    }
  }

  // ---------- errors ----------

  private interface Step {
    void run() throws Exception;
  }

  /** Runs a step; a user error is shown as such, anything else is logged and apologised for. */
  private void guarded(long chatId, Integer replyTo, Step step) {
    try {
      step.run();
    } catch (InvalidQueryException e) {
      trySend(chatId, Html.escape(e.getMessage()), replyTo);
    } catch (Exception e) {
      LOG.log(Level.WARNING, "update failed in chat " + chatId, e);
      trySend(chatId, Notices.apology(), replyTo);
    }
  }

  private void trySend(long chatId, String html, Integer replyTo) {
    try {
      outbox.send(chatId, html, replyTo);
    } catch (TelegramApiException | RuntimeException e) {
      LOG.log(Level.WARNING, "could not tell chat " + chatId + " about a failure", e);
    }
  }
}

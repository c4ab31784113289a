package vn.sotay.telegram;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.sotay.telegram.Reply.Button;

/**
 * Everything the bot sends goes through here: replies split into messages with the buttons under the last one,
 * pages edited in place, callback answers. A 429 from the server is waited out for its retry_after, then the
 * call is repeated.
 */
final class Outbox {
  private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
  static final int ATTEMPTS = 4;
  /** A longer retry_after means a flood ban; giving up is better than holding the chat's queue for that long. */
  static final int MAX_RETRY_AFTER_SECONDS = 300;
  private static final String HTML = "HTML";
  private static final LinkPreviewOptions NO_PREVIEW = LinkPreviewOptions.builder().isDisabled(true).build();

  private final TelegramClient client;
  private final MessageSplitter splitter;
  private final CallbackStore callbacks;

  Outbox(TelegramClient client, MessageSplitter splitter, CallbackStore callbacks) {
    this.client = client;
    this.splitter = splitter;
    this.callbacks = callbacks;
  }

  /** Sends the reply as one or more messages (the first answering replyTo when given); returns their ids. */
  List<Integer> send(long chatId, Reply reply, Integer replyTo) throws TelegramApiException {
    List<String> parts = splitter.pack(reply.blocks());
    InlineKeyboardMarkup keyboard = keyboard(chatId, reply);
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      SendMessage.SendMessageBuilder<?, ?> m = SendMessage.builder().chatId(chatId).text(parts.get(i))
          .parseMode(HTML).linkPreviewOptions(NO_PREVIEW);
      if (i == 0 && replyTo != null) {
        m.replyParameters(ReplyParameters.builder().messageId(replyTo).allowSendingWithoutReply(true).build());
      }
      if (i == parts.size() - 1 && keyboard != null) m.replyMarkup(keyboard);
      Message sent = call(m.build());
      ids.add(sent == null ? null : sent.getMessageId());
    }
    return ids;
  }

  List<Integer> send(long chatId, String html, Integer replyTo) throws TelegramApiException {
    return send(chatId, Reply.of(html), replyTo);
  }

  /** Rewrites a message with a page (pages are made to fit one message; anything past the first part is dropped). */
  void edit(long chatId, int messageId, Reply reply) throws TelegramApiException {
    List<String> parts = splitter.pack(reply.blocks());
    EditMessageText.EditMessageTextBuilder<?, ?> m = EditMessageText.builder().chatId(chatId).messageId(messageId)
        .text(parts.isEmpty() ? "…" : parts.get(0)).parseMode(HTML).linkPreviewOptions(NO_PREVIEW);
    InlineKeyboardMarkup keyboard = keyboard(chatId, reply);
    if (keyboard != null) m.replyMarkup(keyboard);
    try {
      call(m.build());
    } catch (TelegramApiRequestException e) {
      if (!describes(e, "not modified")) throw e; // the same page pressed twice
    }
  }

  void answerCallback(String callbackId, String text) throws TelegramApiException {
    AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> a = AnswerCallbackQuery.builder().callbackQueryId(callbackId);
    if (text != null) a.text(text);
    call(a.build());
  }

  <T extends Serializable> T call(BotApiMethod<T> method) throws TelegramApiException {
    for (int attempt = 1; ; attempt++) {
      try {
        return client.execute(method);
      } catch (TelegramApiRequestException e) {
        Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
        boolean tooMany = e.getErrorCode() != null && e.getErrorCode() == 429;
        if (!tooMany || attempt >= ATTEMPTS || (retryAfter != null && retryAfter > MAX_RETRY_AFTER_SECONDS)) throw e;
        int seconds = retryAfter == null ? attempt : Math.max(1, retryAfter);
        LOG.info(() -> "Telegram asks to wait " + seconds + " s before " + method.getMethod());
        pause(seconds);
      }
    }
  }

  static boolean describes(TelegramApiRequestException e, String words) {
    String said = (e.getApiResponse() == null ? "" : e.getApiResponse()) + " " + e.getMessage();
    return said.toLowerCase(java.util.Locale.ROOT).contains(words);
  }

  private static void pause(int seconds) throws TelegramApiException {
    try {
      Thread.sleep(seconds * 1000L);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TelegramApiException("interrupted while waiting out a 429", e);
    }
  }

  private InlineKeyboardMarkup keyboard(long chatId, Reply reply) {
    if (reply.keyboard().isEmpty()) return null;
    List<InlineKeyboardRow> rows = new ArrayList<>();
    for (List<Button> row : reply.keyboard()) {
      InlineKeyboardRow keys = new InlineKeyboardRow();
      for (Button b : row) {
        keys.add(InlineKeyboardButton.builder().text(b.label()).callbackData(callbacks.put(chatId, b.action())).build());
      }
      rows.add(keys);
    }
    return new InlineKeyboardMarkup(rows);
  }
}

package vn.sotay.telegram;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs each task on its own virtual thread, one chat's tasks strictly in the order submitted and different chats'
 * at the same time: a slow answer in one chat never holds up another, and a chat's answers never overtake each
 * other. A task that throws is logged and does not stop the ones queued after it.
 */
final class ChatOrderedExecutor implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(ChatOrderedExecutor.class.getName());

  private final ExecutorService threads = Executors.newThreadPerTaskExecutor(
      Thread.ofVirtual().name("sotay-telegram-update-", 0).factory());
  /** The last task queued per chat; dropped once it is done, so idle chats cost nothing. */
  private final ConcurrentHashMap<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

  void submit(long chatId, Runnable task) {
    Runnable safe = () -> {
      try {
        task.run();
      } catch (Throwable t) {
        LOG.log(Level.SEVERE, "update task failed in chat " + chatId, t);
      }
    };
    try {
      CompletableFuture<Void> tail = tails.compute(chatId, (id, previous) ->
          previous == null ? CompletableFuture.runAsync(safe, threads) : previous.thenRunAsync(safe, threads));
      tail.whenComplete((done, error) -> tails.remove(chatId, tail));
    } catch (RejectedExecutionException e) {
      LOG.fine(() -> "update for chat " + chatId + " arrived while shutting down");
    }
  }

  /** Lets running tasks finish for a moment, then interrupts what is left. */
  @Override
  public void close() {
    threads.shutdown();
    try {
      if (!threads.awaitTermination(5, TimeUnit.SECONDS)) threads.shutdownNow();
    } catch (InterruptedException e) {
      threads.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}

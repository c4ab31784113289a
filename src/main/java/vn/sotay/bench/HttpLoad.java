package vn.sotay.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Several clients, each a thread sending one request after another (closed loop) for a fixed time, round the
 * given addresses. Throughput is what all clients together got answered per second.
 */
final class HttpLoad {
  record Result(long requests, long errors, double seconds, Latencies latencies) {
    double perSecond() {
      return requests / seconds;
    }
  }

  private final HttpClient client;
  private final int clients;

  HttpLoad(HttpClient client, int clients) {
    this.client = client;
    this.clients = clients;
  }

  Result run(List<URI> addresses, Duration duration) throws InterruptedException {
    long start = System.nanoTime();
    long deadline = start + duration.toNanos();
    AtomicLong errors = new AtomicLong();
    List<LongList> perClient = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      LongList durations = new LongList();
      perClient.add(durations);
      int first = c * addresses.size() / clients;
      threads.add(Thread.ofPlatform().name("bench-client-" + c).start(() -> {
        for (int i = first; System.nanoTime() < deadline; i++) {
          HttpRequest request = HttpRequest.newBuilder(addresses.get(i % addresses.size())).GET().build();
          long t = System.nanoTime();
          try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) errors.incrementAndGet();
          } catch (IOException e) {
            errors.incrementAndGet();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          durations.add(System.nanoTime() - t);
        }
      }));
    }
    for (Thread t : threads) t.join();
    double seconds = (System.nanoTime() - start) / 1e9;
    LongList all = new LongList();
    perClient.forEach(all::addAll);
    return new Result(all.size(), errors.get(), seconds, Latencies.of(all.toArray()));
  }
}

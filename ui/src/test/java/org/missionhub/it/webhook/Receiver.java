package org.missionhub.it.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** A webhook receiver on loopback for one test: records every request and answers the status it is told to. */
public final class Receiver implements AutoCloseable {

  /** A request as received: the Standard Webhooks headers and the body. */
  public record Received(String id, String timestamp, String signature, String contentType, String body) {}

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger status = new AtomicInteger(200);

  public Receiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/hook", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      var headers = exchange.getRequestHeaders();
      received.add(new Received(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"), headers.getFirst("webhook-signature"),
          headers.getFirst("Content-Type"), body));
      exchange.sendResponseHeaders(status.get(), -1);
      exchange.close();
    });
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  public void answer(int code) {
    status.set(code);
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  /** Waits until {@code count} requests match. */
  public List<Received> await(Predicate<Received> matching, int count, Duration timeout) {
    Instant until = Instant.now().plus(timeout);
    while (true) {
      List<Received> found = received.stream().filter(matching).toList();
      if (found.size() >= count) {
        return found;
      }
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("expected " + count + " matching webhook requests within " + timeout + ", got " + found.size() + " of "
            + received.stream().map(Received::body).toList());
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

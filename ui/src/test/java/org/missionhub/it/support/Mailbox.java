package org.missionhub.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * A person's inbox on the tests' mail server (infra/mail/greenmail.sh, read over its API): each message parsed
 * from its raw MIME text as a mail client would.
 */
public final class Mailbox {

  /** A received e-mail: its subject, headers that matter here, and its plain-text and HTML parts. */
  public record Mail(String subject, String listUnsubscribe, String listUnsubscribePost, String contentLanguage, String autoSubmitted, String text, String html) {

    /** The unsubscribe address of the {@code List-Unsubscribe} header, without its angle brackets. */
    public String unsubscribeAddress() {
      return listUnsubscribe.substring(1, listUnsubscribe.length() - 1);
    }
  }

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final String address;

  public Mailbox(String address) {
    this.address = address;
  }

  public static Mailbox of(Person person) {
    return new Mailbox(person.email());
  }

  public List<Mail> all() {
    String api = System.getProperty("missionhub.it.mailApi");
    if (api == null) {
      throw new IllegalStateException("missionhub.it.mailApi is not set: run the integration tests through Maven");
    }
    try {
      HttpResponse<String> response = HTTP.send(
          HttpRequest.newBuilder(URI.create(api + "/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/")).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 404 || response.statusCode() == 400) {
        return List.of();
      }
      List<Mail> mails = new ArrayList<>();
      for (var value : Json.createReader(new StringReader(response.body())).readArray()) {
        mails.add(parse(((JsonObject) value).getString("mimeMessage")));
      }
      return mails;
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException("cannot read the inbox of " + address, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Waits (up to {@code timeout}) for an e-mail that matches, and returns it. */
  public Mail await(Predicate<Mail> matching, Duration timeout) {
    Instant until = Instant.now().plus(timeout);
    while (true) {
      var found = all().stream().filter(matching).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("no matching e-mail for " + address + " within " + timeout + "; the inbox holds: "
            + all().stream().map(Mail::subject).toList());
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static Mail parse(String raw) throws MessagingException, IOException {
    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    String text = null;
    String html = null;
    Object content = message.getContent();
    if (content instanceof Multipart parts) {
      for (int i = 0; i < parts.getCount(); i++) {
        BodyPart part = parts.getBodyPart(i);
        if (part.isMimeType("text/plain")) {
          text = (String) part.getContent();
        } else if (part.isMimeType("text/html")) {
          html = (String) part.getContent();
        }
      }
    } else {
      text = String.valueOf(content);
    }
    return new Mail(message.getSubject(), message.getHeader("List-Unsubscribe", null), message.getHeader("List-Unsubscribe-Post", null),
        message.getHeader("Content-Language", null), message.getHeader("Auto-Submitted", null), text, html);
  }
}

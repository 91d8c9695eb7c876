package org.missionhub.core.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands an e-mail to the configured SMTP server ({@code missionhub.mail.smtp.*}): plain text and HTML as
 * alternatives, with the one-click unsubscribe headers of RFC 8058 and {@code Auto-Submitted} (RFC 3834) so
 * that auto-responders stay quiet.
 */
@ApplicationScoped
public class SmtpSender {

  @Inject
  @ConfigProperty(name = "missionhub.mail.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "missionhub.mail.smtp.port", defaultValue = "587")
  int port;

  @Inject
  @ConfigProperty(name = "missionhub.mail.smtp.starttls", defaultValue = "true")
  boolean starttls;

  @Inject
  @ConfigProperty(name = "missionhub.mail.smtp.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "missionhub.mail.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "missionhub.mail.from", defaultValue = "MissionHub <no-reply@missionhub.invalid>")
  String from;

  @Inject MailConfiguration config;

  /** Sends it; a refusal or an unreachable server throws, for the outbox to retry. */
  public void send(MailOutbox.Claimed mail) throws MessagingException {
    MimeMessage message = new MimeMessage(session());
    message.setFrom(new InternetAddress(from));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.address(), true));
    message.setSubject(mail.content().subject(), "UTF-8");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.content().text(), "UTF-8", "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.content().html(), "UTF-8", "html");
    message.setContent(new MimeMultipart("alternative", text, html));
    message.setHeader("Content-Language", mail.language());
    message.setHeader("List-Unsubscribe", "<" + config.unsubscribeAddress(mail.unsubscribeSecret()) + ">");
    message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    message.setHeader("Auto-Submitted", "auto-generated");
    message.setHeader("X-MissionHub-Mail-Id", mail.id());
    Transport.send(message);
  }

  private Session session() {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host.orElseThrow());
    properties.put("mail.smtp.port", Integer.toString(port));
    properties.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
    properties.put("mail.smtp.auth", Boolean.toString(username.isPresent()));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "30000");
    return Session.getInstance(
        properties,
        new jakarta.mail.Authenticator() {
          @Override
          protected PasswordAuthentication getPasswordAuthentication() {
            return new PasswordAuthentication(username.orElse(""), password.orElse(""));
          }
        });
  }
}

package org.missionhub.core.notice;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * E-mails notices when an SMTP server is configured ({@code missionhub.mail.smtp.host}, environment
 * {@code MISSIONHUB_MAIL_SMTP_HOST}); otherwise notices stay in the application only. Sends after the
 * transaction committed, on a managed thread, so that a slow mail server never delays or undoes a change.
 */
@ApplicationScoped
public class NoticeMailer {

  private static final Logger LOG = Logger.getLogger(NoticeMailer.class.getName());

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

  @Resource ManagedExecutorService executor;

  void onNotice(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeSent notice) {
    if (host.isEmpty() || host.get().isBlank()) {
      LOG.fine("No SMTP server configured: notice kept in the application only");
      return;
    }
    executor.execute(() -> send(notice));
  }

  private void send(NoticeSent notice) {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host.get());
    properties.put("mail.smtp.port", Integer.toString(port));
    properties.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
    properties.put("mail.smtp.auth", Boolean.toString(username.isPresent()));
    Session session =
        Session.getInstance(
            properties,
            new jakarta.mail.Authenticator() {
              @Override
              protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(username.orElse(""), password.orElse(""));
              }
            });
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(from));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(notice.recipientEmail()));
      message.setSubject(notice.subject(), "UTF-8");
      message.setText(notice.message(), "UTF-8");
      Transport.send(message);
    } catch (MessagingException e) {
      LOG.log(Level.WARNING, "Could not e-mail a notice; it is still shown in the application", e);
    }
  }
}

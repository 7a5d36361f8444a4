package eu.regioacademy.platform.notifications;

import eu.regioacademy.platform.i18n.Languages;
import java.time.Clock;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mails notifications when SMTP is configured ({@code spring.mail.host}): an outbox in
 * the notification table, sent by one node at a time, each mail in the recipient's language.
 */
@Component
public class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);
    private static final int BATCH = 100;

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationRepository notifications;
    private final NotificationText text;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String from;
    private final String publicBaseUrl;

    NotificationMailer(ObjectProvider<JavaMailSender> mailSender, NotificationRepository notifications,
                       NotificationText text, TransactionTemplate transaction, Clock clock,
                       @Value("${regio.mail.from:Regio Academy <no-reply@regio-academy.eu>}") String from,
                       @Value("${regio.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.mailSender = mailSender;
        this.notifications = notifications;
        this.text = text;
        this.transaction = transaction;
        this.clock = clock;
        this.from = from;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    boolean enabled() {
        return mailSender.getIfAvailable() != null;
    }

    /** The timer's entry: one node sends at a time. */
    @Scheduled(fixedDelayString = "${regio.mail.interval:PT30S}", initialDelayString = "PT20S")
    @SchedulerLock(name = "notification-mail", lockAtMostFor = "PT5M")
    public void run() {
        sendPending();
    }

    /** Sends what is waiting; returns how many mails went out. */
    public int sendPending() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) return 0;
        Integer sent = transaction.execute(status -> {
            int count = 0;
            for (NotificationRepository.PendingMail mail : notifications.lockPendingMails(BATCH)) {
                try {
                    sender.send(message(mail));
                    notifications.markMailed(mail.id(), "SENT", clock.instant());
                    count++;
                } catch (MailException e) {
                    log.warn("Notification {} could not be mailed: {}", mail.id(), e.getMessage());
                    notifications.markMailed(mail.id(), "FAILED", clock.instant());
                }
            }
            return count;
        });
        return sent == null ? 0 : sent;
    }

    private SimpleMailMessage message(NotificationRepository.PendingMail mail) {
        Locale locale = Languages.fromTag(mail.locale());
        String body = text.render(locale, mail.messageKey(), mail.params());
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.email());
        message.setSubject(text.translate(locale, "mail.subject", body));
        message.setText(body + "\n\n" + publicBaseUrl + "/" + mail.link() + "\n\n-- \n"
                + text.translate(locale, "mail.footer"));
        return message;
    }
}

package eu.regioacademy.platform.notifications;

import static eu.regioacademy.db.Tables.NOTIFICATION;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.regioacademy.TestUsers;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** With SMTP configured, notifications go out by e-mail in each recipient's language (GreenMail: a real SMTP server). */
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
@ActiveProfiles("test")
class NotificationMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    Notifier notifier;
    @Autowired
    NotificationMailer mailer;
    @Autowired
    NotificationService notifications;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    DSLContext db;

    @AfterEach
    void removeNotifications() {
        db.deleteFrom(NOTIFICATION).where(NOTIFICATION.EVENT_KEY.startsWith("mail-test:")).execute();
    }

    @Test
    void each_recipient_gets_the_mail_in_their_own_language_once() throws Exception {
        long swedish = TestUsers.idOf(db, TestUsers.COORDINATOR);
        long french = TestUsers.idOf(db, TestUsers.SECRETARIAT);
        transaction.executeWithoutResult(s -> {
            notifier.send(new NewNotification(swedish, "mail-test:1", "notification.visit.reminder",
                    NewNotification.params("Studiebesök i Malmö", LocalDate.of(2027, 3, 2)), "study-visits/1"));
            notifier.send(new NewNotification(french, "mail-test:1", "notification.visit.reminder",
                    NewNotification.params("Visite à Malmö", LocalDate.of(2027, 3, 2)), "study-visits/1"));
            assertThat(notifier.send(new NewNotification(french, "mail-test:1", "notification.visit.reminder",
                    NewNotification.params("Visite à Malmö", LocalDate.of(2027, 3, 2)), "study-visits/1")))
                    .as("the same event does not notify twice").isFalse();
        });

        assertThat(mailer.sendPending()).isEqualTo(2);
        assertThat(mailer.sendPending()).as("nothing is sent twice").isZero();

        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(2);
        MimeMessage toKarin = mails[0].getAllRecipients()[0].toString().equals(TestUsers.COORDINATOR) ? mails[0] : mails[1];
        MimeMessage toMaelle = toKarin == mails[0] ? mails[1] : mails[0];
        assertThat(toKarin.getSubject()).startsWith("Regio Academy: ").contains("Studiebesök i Malmö").contains("2 mars 2027");
        assertThat(GreenMailUtil.getBody(toKarin)).contains("/study-visits/1");
        assertThat(toMaelle.getSubject()).contains("Visite à Malmö").contains("2 mars 2027").contains("Rappel");
        assertThat(db.fetchCount(NOTIFICATION, NOTIFICATION.EVENT_KEY.eq("mail-test:1")
                .and(NOTIFICATION.EMAIL_STATUS.eq("SENT")))).isEqualTo(2);
    }

}

package eu.regioacademy.platform.notifications;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.NOTIFICATION;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class NotificationRepository {

    record PendingMail(long id, String email, String locale, String messageKey, List<String> params, String link) {
    }

    private final DSLContext db;

    NotificationRepository(DSLContext db) {
        this.db = db;
    }

    /** @return false when the recipient was already notified of this event */
    boolean insertIfNew(NewNotification n, @Nullable String emailStatus) {
        return db.insertInto(NOTIFICATION)
                .set(NOTIFICATION.RECIPIENT_ID, n.recipientId())
                .set(NOTIFICATION.EVENT_KEY, n.eventKey())
                .set(NOTIFICATION.MESSAGE_KEY, n.messageKey())
                .set(NOTIFICATION.PARAMS, NotificationText.join(n.params()))
                .set(NOTIFICATION.LINK, n.link())
                .set(NOTIFICATION.EMAIL_STATUS, emailStatus)
                .onDuplicateKeyIgnore().execute() == 1;
    }

    List<NotificationItem> page(long recipientId, int offset, int limit) {
        return db.select(NOTIFICATION.ID, NOTIFICATION.MESSAGE_KEY, NOTIFICATION.PARAMS, NOTIFICATION.LINK,
                        NOTIFICATION.CREATED_AT, NOTIFICATION.READ_AT)
                .from(NOTIFICATION).where(NOTIFICATION.RECIPIENT_ID.eq(recipientId))
                .orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID.desc())
                .offset(offset).limit(limit)
                .fetch(r -> new NotificationItem(r.value1(), r.value2(), NotificationText.split(r.value3()), r.value4(),
                        r.value5(), r.value6()));
    }

    int count(long recipientId) {
        return db.fetchCount(NOTIFICATION, NOTIFICATION.RECIPIENT_ID.eq(recipientId));
    }

    int unread(long recipientId) {
        return db.fetchCount(NOTIFICATION, NOTIFICATION.RECIPIENT_ID.eq(recipientId).and(NOTIFICATION.READ_AT.isNull()));
    }

    /** Marks it read only if it is the recipient's own: anyone else's id changes nothing. */
    void markRead(long id, long recipientId, Instant at) {
        db.update(NOTIFICATION).set(NOTIFICATION.READ_AT, at)
                .where(NOTIFICATION.ID.eq(id).and(NOTIFICATION.RECIPIENT_ID.eq(recipientId)).and(NOTIFICATION.READ_AT.isNull()))
                .execute();
    }

    int markAllRead(long recipientId, Instant at) {
        return db.update(NOTIFICATION).set(NOTIFICATION.READ_AT, at)
                .where(NOTIFICATION.RECIPIENT_ID.eq(recipientId).and(NOTIFICATION.READ_AT.isNull())).execute();
    }

    /** Mails waiting to go out, locked so a second sender (another node) skips them. */
    List<PendingMail> lockPendingMails(int limit) {
        return db.select(NOTIFICATION.ID, APP_USER.EMAIL, APP_USER.LOCALE, NOTIFICATION.MESSAGE_KEY, NOTIFICATION.PARAMS,
                        NOTIFICATION.LINK)
                .from(NOTIFICATION).join(APP_USER).on(APP_USER.ID.eq(NOTIFICATION.RECIPIENT_ID))
                .where(NOTIFICATION.EMAIL_STATUS.eq("PENDING"))
                .orderBy(NOTIFICATION.ID).limit(limit)
                .forUpdate().skipLocked()
                .fetch(r -> new PendingMail(r.value1(), r.value2(), r.value3(), r.value4(),
                        NotificationText.split(r.value5()), r.value6()));
    }

    void markMailed(long id, String status, Instant at) {
        db.update(NOTIFICATION).set(NOTIFICATION.EMAIL_STATUS, status).set(NOTIFICATION.EMAILED_AT, at)
                .where(NOTIFICATION.ID.eq(id)).execute();
    }
}

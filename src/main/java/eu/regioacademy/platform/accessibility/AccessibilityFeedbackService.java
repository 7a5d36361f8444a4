package eu.regioacademy.platform.accessibility;

import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.i18n.Languages;
import eu.regioacademy.platform.notifications.NewNotification;
import eu.regioacademy.platform.notifications.Notifier;
import eu.regioacademy.platform.security.CurrentUser;
import eu.regioacademy.platform.security.SignedInUser;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback on accessibility, from anyone, signed in or not (the directive's feedback
 * mechanism). Every active administrator is notified in the same transaction.
 */
@Service
public class AccessibilityFeedbackService {

    public static final int MIN_MESSAGE = 10;
    public static final int MAX_MESSAGE = 4000;
    public static final int MAX_NAME = 200;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_PAGE = 300;
    // the same rule as the schema's check: something@something.something, no spaces
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int PREVIEW = 80;

    private final AccessibilityFeedbackRepository feedback;
    private final CurrentUser currentUser;
    private final Notifier notifier;

    AccessibilityFeedbackService(AccessibilityFeedbackRepository feedback, CurrentUser currentUser, Notifier notifier) {
        this.feedback = feedback;
        this.currentUser = currentUser;
        this.notifier = notifier;
    }

    /**
     * Stores the feedback and tells the administrators.
     *
     * @return the feedback's reference number, shown to the sender
     */
    @PermitAll
    @Transactional
    public long submit(FeedbackDraft draft, Locale language) {
        String name = draft.name().strip();
        String email = draft.email().strip();
        String page = draft.page().strip();
        String message = draft.message().strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (name.length() > MAX_NAME) errors.put("name", "a11y.feedback.error.name-too-long");
        if (email.length() > MAX_EMAIL || !email.isEmpty() && !EMAIL.matcher(email).matches()) {
            errors.put("email", "a11y.feedback.error.email");
        }
        if (page.length() > MAX_PAGE) errors.put("page", "a11y.feedback.error.page-too-long");
        if (message.length() < MIN_MESSAGE) errors.put("message", "a11y.feedback.error.message-too-short");
        if (message.length() > MAX_MESSAGE) errors.put("message", "a11y.feedback.error.message-too-long");
        if (!errors.isEmpty()) throw new InvalidInputException(errors);

        Long userId = currentUser.find().map(SignedInUser::id).orElse(null);
        long id = feedback.insert(userId, emptyToNull(name), emptyToNull(email), emptyToNull(page), message,
                Languages.fromTag(language.toLanguageTag()).getLanguage());
        String preview = message.length() <= PREVIEW ? message : message.substring(0, PREVIEW - 1) + "…";
        for (long admin : feedback.activeAdministrators()) {
            notifier.send(new NewNotification(admin, "accessibility-feedback:" + id, "a11y.notification.feedback",
                    NewNotification.params(id, preview), "accessibility"));
        }
        return id;
    }

    private static @Nullable String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}

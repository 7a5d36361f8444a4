package eu.regioacademy.platform.accessibility;

/**
 * Feedback as typed on the statement page; the service trims and checks it. Name, e-mail and
 * page may be left empty (anonymous feedback is allowed), the message may not.
 */
public record FeedbackDraft(String name, String email, String page, String message) {

    public FeedbackDraft {
        name = name == null ? "" : name;
        email = email == null ? "" : email;
        page = page == null ? "" : page;
        message = message == null ? "" : message;
    }
}

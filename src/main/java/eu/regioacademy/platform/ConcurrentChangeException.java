package eu.regioacademy.platform;

/** Someone else saved the same thing first (optimistic locking); reload and try again. */
public class ConcurrentChangeException extends RuntimeException {

    public static final String MESSAGE_KEY = "error.concurrent-change";

    public ConcurrentChangeException(String what) {
        super(what + " was changed by someone else");
    }
}

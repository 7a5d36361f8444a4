/**
 * Notifications every feature sends: an in-app list with an unread count, and e-mail in
 * the recipient's language when SMTP is configured. A notification names the event it is
 * about, so the same event never notifies anyone twice.
 */
@NullMarked
package eu.regioacademy.platform.notifications;

import org.jspecify.annotations.NullMarked;

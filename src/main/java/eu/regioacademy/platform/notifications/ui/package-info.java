/** The bell in the header and the list of one's notifications. */
@NullMarked
package eu.regioacademy.platform.notifications.ui;

import org.jspecify.annotations.NullMarked;

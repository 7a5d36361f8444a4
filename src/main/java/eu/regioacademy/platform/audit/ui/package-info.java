/** The admin's view of the audit log. */
@NullMarked
package eu.regioacademy.platform.audit.ui;

import org.jspecify.annotations.NullMarked;

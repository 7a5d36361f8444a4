/**
 * The audit log: every decision by a coordinator, host, secretariat or admin is recorded with
 * who, when and what, in the decision's own transaction. Append-only: there is no code that
 * changes or deletes a row, and triggers in the schema refuse it anyway.
 */
@NullMarked
package eu.regioacademy.platform.audit;

import org.jspecify.annotations.NullMarked;

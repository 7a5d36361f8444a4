/**
 * Personal data (GDPR): a person downloads everything about them (JSON and their participation
 * PDF); an admin erases a person on request. Like participation, it reads and anonymises the
 * other features' tables through the generated jOOQ classes only, never their Java classes.
 */
@NullMarked
package eu.regioacademy.privacy;

import org.jspecify.annotations.NullMarked;

/**
 * The public accessibility statement page with its feedback form.
 */
@NullMarked
package eu.regioacademy.platform.accessibility.ui;

import org.jspecify.annotations.NullMarked;

/** PDF plumbing shared by certificates and reports: embedded fonts, flowing A4 pages, tables. */
@NullMarked
package eu.regioacademy.platform.pdf;

import org.jspecify.annotations.NullMarked;

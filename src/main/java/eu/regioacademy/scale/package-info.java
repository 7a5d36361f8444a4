/**
 * Data at network scale for benchmarks: every feature's generator run in order, seeded, with
 * progress lines, into the database the app is configured with (the {@code scale} profile
 * keeps it apart from the demo database).
 */
@NullMarked
package eu.regioacademy.scale;

import org.jspecify.annotations.NullMarked;

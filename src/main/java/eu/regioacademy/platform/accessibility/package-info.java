/**
 * The accessibility statement the EU Web Accessibility Directive asks of public-sector sites,
 * and the feedback anyone can send about barriers they meet.
 */
@NullMarked
package eu.regioacademy.platform.accessibility;

import org.jspecify.annotations.NullMarked;

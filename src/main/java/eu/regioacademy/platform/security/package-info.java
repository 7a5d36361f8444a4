@NullMarked
package eu.regioacademy.platform.security;

import org.jspecify.annotations.NullMarked;

@NullMarked
package eu.regioacademy.platform;

import org.jspecify.annotations.NullMarked;

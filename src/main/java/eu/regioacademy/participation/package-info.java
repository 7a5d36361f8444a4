@NullMarked
package eu.regioacademy.participation;

import org.jspecify.annotations.NullMarked;

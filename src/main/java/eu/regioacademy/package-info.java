@NullMarked
package eu.regioacademy;

import org.jspecify.annotations.NullMarked;

@NullMarked
package eu.regioacademy.exchanges;

import org.jspecify.annotations.NullMarked;

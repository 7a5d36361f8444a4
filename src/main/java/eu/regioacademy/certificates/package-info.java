@NullMarked
package eu.regioacademy.certificates;

import org.jspecify.annotations.NullMarked;

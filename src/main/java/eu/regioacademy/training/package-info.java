@NullMarked
package eu.regioacademy.training;

import org.jspecify.annotations.NullMarked;

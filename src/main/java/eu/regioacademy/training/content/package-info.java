@NullMarked
package eu.regioacademy.training.content;

import org.jspecify.annotations.NullMarked;

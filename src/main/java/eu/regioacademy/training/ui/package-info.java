@NullMarked
package eu.regioacademy.training.ui;

import org.jspecify.annotations.NullMarked;

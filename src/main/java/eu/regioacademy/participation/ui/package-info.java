@NullMarked
package eu.regioacademy.participation.ui;

import org.jspecify.annotations.NullMarked;

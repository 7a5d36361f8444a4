@NullMarked
package eu.regioacademy.platform.ui;

import org.jspecify.annotations.NullMarked;

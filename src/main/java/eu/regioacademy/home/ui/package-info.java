@NullMarked
package eu.regioacademy.home.ui;

import org.jspecify.annotations.NullMarked;

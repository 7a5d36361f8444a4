@NullMarked
package eu.regioacademy.exchanges.ui;

import org.jspecify.annotations.NullMarked;

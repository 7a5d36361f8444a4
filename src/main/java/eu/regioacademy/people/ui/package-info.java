@NullMarked
package eu.regioacademy.people.ui;

import org.jspecify.annotations.NullMarked;

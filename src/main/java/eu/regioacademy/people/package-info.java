@NullMarked
package eu.regioacademy.people;

import org.jspecify.annotations.NullMarked;

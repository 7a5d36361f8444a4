@NullMarked
package eu.regioacademy.mentoring;

import org.jspecify.annotations.NullMarked;

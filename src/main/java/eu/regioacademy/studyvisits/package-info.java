@NullMarked
package eu.regioacademy.studyvisits;

import org.jspecify.annotations.NullMarked;

@NullMarked
package eu.regioacademy.studyvisits.ui;

import org.jspecify.annotations.NullMarked;

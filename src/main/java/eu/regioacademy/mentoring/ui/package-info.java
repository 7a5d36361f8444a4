@NullMarked
package eu.regioacademy.mentoring.ui;

import org.jspecify.annotations.NullMarked;

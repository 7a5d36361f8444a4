@NullMarked
package eu.regioacademy.platform.i18n;

import org.jspecify.annotations.NullMarked;

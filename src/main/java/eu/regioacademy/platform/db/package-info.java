@NullMarked
package eu.regioacademy.platform.db;

import org.jspecify.annotations.NullMarked;

@NullMarked
package eu.regioacademy.certificates.ui;

import org.jspecify.annotations.NullMarked;

/** "My data" for everyone and the admin's erasure view. */
@NullMarked
package eu.regioacademy.privacy.ui;

import org.jspecify.annotations.NullMarked;

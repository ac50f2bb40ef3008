/** Implementation helpers shared by core's packages; not exported by the module, not API. */
@NullMarked
package io.partnerbill.core.money;

import org.jspecify.annotations.NullMarked;

/** Implementation helpers shared by core's packages; not exported by the module, not API. */
@NullMarked
package io.partnerbill.core.internal;

import org.jspecify.annotations.NullMarked;

/**
 * The reseller program: enrollment of partners (CSP prerequisite, reseller agreement,
 * application status) and the customers an approved reseller owns.
 */
@NullMarked
package io.partnerbill.core.reseller;

import org.jspecify.annotations.NullMarked;

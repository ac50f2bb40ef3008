/**
 * The services: the {@link io.partnerbill.core.billing.PartnerBilling} facade and the books,
 * ledger, program, issuer and pricer it wires over a {@link io.partnerbill.core.store.BillingStore}.
 * This package is the top of core: it uses the model and the storage SPI, and nothing in core
 * uses it.
 */
@NullMarked
package io.partnerbill.core.billing;

import org.jspecify.annotations.NullMarked;

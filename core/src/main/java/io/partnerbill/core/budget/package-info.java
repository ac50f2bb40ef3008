/** Customer budgets: the budget values, the ledger that deducts orders from them, freezes and the audit trail. */
@NullMarked
package io.partnerbill.core.budget;

import org.jspecify.annotations.NullMarked;

package io.partnerbill.tax;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides which components a partner's bill is charged: India's GST (intra-state CGST +
 * SGST/UTGST, inter-state, SEZ and import IGST, export IGST or zero-rated under LUT), the EU
 * reverse charge, and otherwise every tax of the partner's region in force on the date.
 */
final class ChargeRules {

    static final String REVERSE_CHARGE = "reverse charge";
    static final String EXPORT_UNDER_LUT = "export under LUT";
    static final String INDIA_GST = "GST";

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private ChargeRules() {
    }

    static Charge.Decision decide(TaxRegistration partner, Supplier supplier, RateTable rates, LocalDate date) {
        if (partner.country().equals(Country.INDIA) || supplier.country().equals(Country.INDIA)) {
            return new Charge.Decision(india(partner, supplier, rates, date), Country.INDIA);
        }
        List<RateEntry> rows = rates.inForce(partner.country(), date);
        if (rows.isEmpty()) {
            throw noRate(rates, partner.country(), "", date);
        }
        boolean reverseCharge = partner.country().isEuMember() && partner.vatId().isPresent()
                && !supplier.country().equals(partner.country());
        List<Charge> charges = new ArrayList<>();
        for (RateEntry row : rows) {
            charges.add(reverseCharge ? Charge.zero(row.tax(), row.baseFactor(), REVERSE_CHARGE)
                    : Charge.of(row.tax(), row.ratePercent(), row.baseFactor()));
        }
        return new Charge.Decision(charges, partner.country());
    }

    private static List<Charge> india(TaxRegistration partner, Supplier supplier, RateTable rates, LocalDate date) {
        RateEntry gst = rates.find(Country.INDIA, INDIA_GST, date)
                .orElseThrow(() -> noRate(rates, Country.INDIA, INDIA_GST, date));
        BigDecimal full = gst.ratePercent();
        BigDecimal half = full.divide(TWO).stripTrailingZeros();
        BaseFactor f = gst.baseFactor();
        IndianState supplierState = supplier.state().orElse(null);
        IndianState partnerState = partner.state().orElse(null);
        if (partnerState == null) {
            // Export from India: zero-rated under a letter of undertaking, else IGST paid.
            return supplier.letterOfUndertaking().isPresent() ? List.of(Charge.zero("IGST", f, EXPORT_UNDER_LUT))
                    : List.of(Charge.of("IGST", full, f));
        }
        if (supplierState == partnerState && !partner.isSezUnit()) {
            return List.of(Charge.of("CGST", half, f), Charge.of(partnerState.localTaxName(), half, f));
        }
        // Different states, an SEZ recipient, or an import (supplier outside India): inter-state.
        return List.of(Charge.of("IGST", full, f));
    }

    private static NoTaxRateException noRate(RateTable rates, Country region, String tax, LocalDate date) {
        String what = tax.isEmpty() ? "region '" + region + "'" : "'" + region + " " + tax + "'";
        if (rates.entries().stream().noneMatch(e -> e.region().equals(region) && (tax.isEmpty() || e.tax().equals(tax)))) {
            return new NoTaxRateException("The rate table has no rate for " + what
                    + ": add rows for it with RateTable.extendedWith(..)");
        }
        return new NoTaxRateException("The rate table has no rate for " + what + " in force on " + date);
    }
}

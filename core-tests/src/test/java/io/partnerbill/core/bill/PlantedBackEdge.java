package io.partnerbill.core.bill;

import io.partnerbill.core.billing.PartnerBilling;

/**
 * A model class that reaches up into the services, as a careless change would: the architecture
 * test checks that its rules catch exactly this. Never used at run time.
 */
final class PlantedBackEdge {

    private PlantedBackEdge() {
    }

    static Class<?> reachUp() {
        return PartnerBilling.class;
    }
}

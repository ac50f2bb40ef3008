package io.partnerbill.export.testing;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.export.format.NameDirectory;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Name directories for tests: fixed customer names and one name for every partner. */
public final class TestNames {

    private TestNames() {
    }

    /** Customers named by id (the others unnamed), every partner named {@code partner}. */
    public static NameDirectory of(Map<String, String> customers, String partner) {
        return of(customer -> Optional.ofNullable(customers.get(customer.value())), partner);
    }

    /** Every customer named {@code customer}, every partner named {@code partner}. */
    public static NameDirectory everyone(String customer, String partner) {
        return of(c -> Optional.of(customer), partner);
    }

    private static NameDirectory of(Function<CustomerId, Optional<String>> customers, String partner) {
        return new NameDirectory() {
            @Override
            public Optional<String> customerName(CustomerId customer) {
                return customers.apply(customer);
            }

            @Override
            public Optional<String> partnerName(PartnerId id) {
                return Optional.of(partner);
            }
        };
    }
}

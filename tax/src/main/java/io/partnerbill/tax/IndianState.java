package io.partnerbill.tax;

import io.partnerbill.core.InvalidValueException;
import java.util.Objects;

/**
 * The states and union territories of India by their two-digit GST state code (the first two
 * characters of a GSTIN), from 01 Jammu and Kashmir to 38 Ladakh and 97 Other Territory.
 *
 * <p>Intra-state supplies are taxed CGST + SGST, except in a union territory without a
 * legislature, where the local half is UTGST. Delhi (07), Puducherry (34) and Jammu and
 * Kashmir (01) have legislatures and levy SGST.
 */
public enum IndianState {
    /** 01. */ JAMMU_AND_KASHMIR("01", "Jammu and Kashmir", Kind.UNION_TERRITORY_WITH_LEGISLATURE),
    /** 02. */ HIMACHAL_PRADESH("02", "Himachal Pradesh", Kind.STATE),
    /** 03. */ PUNJAB("03", "Punjab", Kind.STATE),
    /** 04. */ CHANDIGARH("04", "Chandigarh", Kind.UNION_TERRITORY_WITHOUT_LEGISLATURE),
    /** 05. */ UTTARAKHAND("05", "Uttarakhand", Kind.STATE),
    /** 06. */ HARYANA("06", "Haryana", Kind.STATE),
    /** 07. */ DELHI("07", "Delhi", Kind.UNION_TERRITORY_WITH_LEGISLATURE),
    /** 08. */ RAJASTHAN("08", "Rajasthan", Kind.STATE),
    /** 09. */ UTTAR_PRADESH("09", "Uttar Pradesh", Kind.STATE),
    /** 10. */ BIHAR("10", "Bihar", Kind.STATE),
    /** 11. */ SIKKIM("11", "Sikkim", Kind.STATE),
    /** 12. */ ARUNACHAL_PRADESH("12", "Arunachal Pradesh", Kind.STATE),
    /** 13. */ NAGALAND("13", "Nagaland", Kind.STATE),
    /** 14. */ MANIPUR("14", "Manipur", Kind.STATE),
    /** 15. */ MIZORAM("15", "Mizoram", Kind.STATE),
    /** 16. */ TRIPURA("16", "Tripura", Kind.STATE),
    /** 17. */ MEGHALAYA("17", "Meghalaya", Kind.STATE),
    /** 18. */ ASSAM("18", "Assam", Kind.STATE),
    /** 19. */ WEST_BENGAL("19", "West Bengal", Kind.STATE),
    /** 20. */ JHARKHAND("20", "Jharkhand", Kind.STATE),
    /** 21. */ ODISHA("21", "Odisha", Kind.STATE),
    /** 22. */ CHHATTISGARH("22", "Chhattisgarh", Kind.STATE),
    /** 23. */ MADHYA_PRADESH("23", "Madhya Pradesh", Kind.STATE),
    /** 24. */ GUJARAT("24", "Gujarat", Kind.STATE),
    /** 25, merged into 26 on 2020-01-26; kept for GSTINs issued before. */
    DAMAN_AND_DIU("25", "Daman and Diu", Kind.UNION_TERRITORY_WITHOUT_LEGISLATURE),
    /** 26. */
    DADRA_AND_NAGAR_HAVELI_AND_DAMAN_AND_DIU("26", "Dadra and Nagar Haveli and Daman and Diu",
            Kind.UNION_TERRITORY_WITHOUT_LEGISLATURE),
    /** 27. */ MAHARASHTRA("27", "Maharashtra", Kind.STATE),
    /** 28, Andhra Pradesh before its division in 2014; kept for GSTINs issued with it. */
    ANDHRA_PRADESH_OLD("28", "Andhra Pradesh (before division)", Kind.STATE),
    /** 29. */ KARNATAKA("29", "Karnataka", Kind.STATE),
    /** 30. */ GOA("30", "Goa", Kind.STATE),
    /** 31. */ LAKSHADWEEP("31", "Lakshadweep", Kind.UNION_TERRITORY_WITHOUT_LEGISLATURE),
    /** 32. */ KERALA("32", "Kerala", Kind.STATE),
    /** 33. */ TAMIL_NADU("33", "Tamil Nadu", Kind.STATE),
    /** 34. */ PUDUCHERRY("34", "Puducherry", Kind.UNION_TERRITORY_WITH_LEGISLATURE),
    /** 35. */
    ANDAMAN_AND_NICOBAR_ISLANDS("35", "Andaman and Nicobar Islands", Kind.UNION_TERRITORY_WITHOUT_LEGISLATURE),
    /** 36. */ TELANGANA("36", "Telangana", Kind.STATE),
    /** 37. */ ANDHRA_PRADESH("37", "Andhra Pradesh", Kind.STATE),
    /** 38. */ LADAKH("38", "Ladakh", Kind.UNION_TERRITORY_WITHOUT_LEGISLATURE),
    /** 97. */ OTHER_TERRITORY("97", "Other Territory", Kind.UNION_TERRITORY_WITHOUT_LEGISLATURE);

    /** What a state code stands for, which decides between SGST and UTGST. */
    public enum Kind {
        /** A state: SGST. */
        STATE,
        /** A union territory with a legislature (Delhi, Puducherry, Jammu and Kashmir): SGST. */
        UNION_TERRITORY_WITH_LEGISLATURE,
        /** A union territory without a legislature: UTGST. */
        UNION_TERRITORY_WITHOUT_LEGISLATURE
    }

    private final String code;
    private final String displayName;
    private final Kind kind;

    IndianState(String code, String displayName, Kind kind) {
        this.code = code;
        this.displayName = displayName;
        this.kind = kind;
    }

    /**
     * Returns the state of a two-digit GST state code.
     *
     * @param code the code, such as "29", not null
     * @return the state, not null
     * @throws InvalidValueException if no state has that code
     */
    public static IndianState of(String code) {
        Objects.requireNonNull(code, "code");
        for (IndianState s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new InvalidValueException("Indian GST state code must be 01 to 38 or 97, was '" + code + "'");
    }

    /** @return the two-digit code, such as "29", not null */
    public String code() {
        return code;
    }

    /** @return the name, such as "Karnataka", not null */
    public String displayName() {
        return displayName;
    }

    /** @return whether this is a state or a union territory with or without a legislature, not null */
    public Kind kind() {
        return kind;
    }

    /** @return "UTGST" in a union territory without a legislature, "SGST" elsewhere, not null */
    public String localTaxName() {
        return kind == Kind.UNION_TERRITORY_WITHOUT_LEGISLATURE ? "UTGST" : "SGST";
    }
}

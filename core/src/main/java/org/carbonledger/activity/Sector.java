package org.carbonledger.activity;

import java.util.Arrays;
import java.util.Locale;

/**
 * The sector of stationary combustion, which selects the IPCC 2006 Vol. 2 Chapter 2 table of
 * default CH4 and N2O factors.
 */
public enum Sector {
    /** Energy industries: IPCC 2006 Vol. 2 Table 2.2. */
    ENERGY_INDUSTRIES("energy_industries", "Table 2.2"),
    /** Manufacturing industries and construction: Table 2.3. The documented default. */
    MANUFACTURING("manufacturing", "Table 2.3"),
    /** Commercial/institutional: Table 2.4. */
    COMMERCIAL("commercial", "Table 2.4"),
    /** Residential and agriculture/forestry/fishing/fish farms: Table 2.5. */
    RESIDENTIAL("residential", "Table 2.5");

    private final String code;
    private final String ipccTable;

    Sector(String code, String ipccTable) {
        this.code = code;
        this.ipccTable = ipccTable;
    }

    /** @return the code used in files, such as "manufacturing" */
    public String code() {
        return code;
    }

    /** @return the IPCC 2006 Vol. 2 Ch. 2 table of this sector, such as "Table 2.3" */
    public String ipccTable() {
        return ipccTable;
    }

    /**
     * Reads a sector code.
     *
     * @param text a code such as "manufacturing", ignoring case
     * @return the sector
     * @throws IllegalArgumentException listing the accepted codes, if unknown
     */
    public static Sector parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        for (Sector sector : values()) {
            if (sector.code.equals(s)) {
                return sector;
            }
        }
        throw new IllegalArgumentException("sector '" + text.strip() + "' is not one of "
                + String.join(", ", Arrays.stream(values()).map(Sector::code).toList()));
    }

    @Override
    public String toString() {
        return code;
    }
}

package org.carbonledger.cbam;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.carbonledger.csv.CsvReader;

/**
 * The goods CBAM covers: the CN codes of Annex I to Regulation (EU) 2023/956 (OJ L 130,
 * 16.5.2023, pp. 90 to 93), with its exceptions (ferro-silicon and the other ferro-alloys of
 * 7202 it lists, 7204 scrap, 3105 60 00) and the amendment of 2507 00 80 by Regulation (EU)
 * 2025/2083, Art. 1(28). A code is covered when a listed code is a prefix of it and no listed
 * exception is. (Whether a kaolinic clay is calcined cannot be told from its code; the table
 * keeps 2507 00 80.) The table is the bundled {@code annex-i-goods-2023-956.csv}.
 *
 * <p>Stateless and thread-safe; the table is read once, lazily.
 */
public final class CnCodes {

    private CnCodes() {
    }

    private static final class Table {
        static final List<String> INCLUDE = new ArrayList<>();
        static final List<String> EXCLUDE = new ArrayList<>();
        static final List<String> SECTOR = new ArrayList<>();

        static {
            try (InputStream in = CnCodes.class.getResourceAsStream("annex-i-goods-2023-956.csv");
                    CsvReader csv = CsvReader.of(new InputStreamReader(
                            Objects.requireNonNull(in, "annex-i-goods-2023-956.csv"), StandardCharsets.UTF_8),
                            "annex-i-goods-2023-956.csv")) {
                int prefix = csv.header().require("cn_prefix");
                int rule = csv.header().require("rule");
                int sector = csv.header().require("sector");
                while (csv.next()) {
                    boolean include = csv.field(rule).equals("include");
                    (include ? INCLUDE : EXCLUDE).add(csv.field(prefix));
                    if (include) {
                        SECTOR.add(csv.field(sector));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Says whether a CN code is a good of Annex I to Regulation (EU) 2023/956.
     *
     * @param cnCode the code, digits only (spaces are ignored), 4 to 10 digits
     * @return true if covered
     */
    public static boolean isCbamGood(String cnCode) {
        String code = cnCode.replace(" ", "");
        if (!code.matches("[0-9]{4,10}")) {
            return false;
        }
        for (String x : Table.EXCLUDE) {
            if (code.startsWith(x)) {
                return false;
            }
        }
        for (String i : Table.INCLUDE) {
            if (code.startsWith(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sector of Annex I to Regulation (EU) 2023/956 a covered code falls under.
     *
     * @param cnCode the code, digits only
     * @return the sector, or empty if the code is not a CBAM good
     */
    public static java.util.Optional<AggregatedGoods.Sector> sector(String cnCode) {
        String code = cnCode.replace(" ", "");
        if (!isCbamGood(code) && !isHeadingOfCbamGoods(code)) {
            return java.util.Optional.empty();
        }
        for (int i = 0; i < Table.INCLUDE.size(); i++) {
            if (code.startsWith(Table.INCLUDE.get(i)) || Table.INCLUDE.get(i).startsWith(code)) {
                return AggregatedGoods.Sector.find(Table.SECTOR.get(i));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Says whether a code is a heading above CBAM goods without being one as a whole, such as 7303
     * above 7303 00 (the default-value tables print such headings).
     *
     * @param cnCode the code, digits only
     * @return true if a listed code begins with it
     */
    static boolean isHeadingOfCbamGoods(String cnCode) {
        String code = cnCode.replace(" ", "");
        if (!code.matches("[0-9]{2,10}")) {
            return false;
        }
        for (String i : Table.INCLUDE) {
            if (i.startsWith(code)) {
                return true;
            }
        }
        return false;
    }

    /** @return the listed codes, for error messages */
    static String headingsSummary() {
        return String.join(", ", Table.INCLUDE) + " (except " + String.join(", ", Table.EXCLUDE) + ")";
    }
}

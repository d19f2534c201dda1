package org.carbonledger.cbam;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.carbonledger.csv.CsvReader;

/**
 * The mark-ups on CBAM default values by sector and year (Implementing Regulation (EU) 2025/2621,
 * recitals (4) to (6); the column headings of Annexes I and IV): cement, iron and steel,
 * aluminium and hydrogen 10 % in 2026, 20 % in 2027, 30 % from 2028; fertilisers 1 % in every
 * year. Read from the bundled {@code markups-2025-2621.csv}, which cites the cells and pages.
 *
 * <p>Stateless and thread-safe.
 */
public final class MarkUps {

    private MarkUps() {
    }

    private static final class Table {
        /** Per sector, the mark-ups of 2026, 2027 and 2028 on, as fractions. */
        static final Map<AggregatedGoods.Sector, BigDecimal[]> BY_SECTOR = new EnumMap<>(AggregatedGoods.Sector.class);

        static {
            try (InputStream in = MarkUps.class.getResourceAsStream("markups-2025-2621.csv");
                    CsvReader csv = CsvReader.of(new InputStreamReader(Objects.requireNonNull(in,
                            "markups-2025-2621.csv"), StandardCharsets.UTF_8), "markups-2025-2621.csv")) {
                int cat = csv.header().require("good_category");
                int year = csv.header().require("year");
                int pct = csv.header().require("markup_pct");
                while (csv.next()) {
                    AggregatedGoods.Sector s = AggregatedGoods.Sector.find(csv.field(cat)).orElseThrow();
                    int y = csv.field(year).startsWith("2026") ? 0 : csv.field(year).startsWith("2027") ? 1 : 2;
                    BY_SECTOR.computeIfAbsent(s, k -> new BigDecimal[3])[y] = new BigDecimal(csv.field(pct))
                            .movePointLeft(2);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The mark-up of a sector in a year of import.
     *
     * @param sector the sector
     * @param year the year, 2026 or later (2028 and later share one mark-up)
     * @return the mark-up as a fraction, such as 0.1 for 10 %
     * @throws IllegalArgumentException if the year is before 2026, when the definitive period
     *     began, or the sector has no published mark-up (electricity)
     */
    public static BigDecimal markUp(AggregatedGoods.Sector sector, int year) {
        Objects.requireNonNull(sector, "sector");
        if (year < 2026) {
            throw new IllegalArgumentException("no mark-up before 2026, when the definitive period began: " + year);
        }
        BigDecimal[] m = Table.BY_SECTOR.get(sector);
        if (m == null) {
            throw new IllegalArgumentException("IR (EU) 2025/2621 publishes no mark-up for " + sector.label());
        }
        return m[Math.min(year, 2028) - 2026];
    }
}

package org.carbonledger.factors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.factor.AmbiguousFactorException;
import org.carbonledger.factor.spi.FactorTable;
import org.carbonledger.testkit.FactorTableContract;
import org.carbonledger.factors.china.ChinaGridTable;
import org.junit.jupiter.api.Test;

/**
 * {@code cn-mee-nbs} against the MEE/NBS announcements of electricity CO2 emission factors:
 * national average 0.5568 (data year 2021, Announcement 2024 No. 12), 0.5366 (2022, 20 December
 * 2024) and 0.5306 kg CO2/kWh (2023); the 2023 residual mix (national average excluding
 * market-traded non-fossil electricity) 0.6096; the 2023 North China regional grid 0.6361; Yunnan
 * 2022 0.1073 (two sources agree).
 */
class CnMeeNbsTableTest extends FactorTableContract {
    private static final List<String> MEE = List.of("cn-mee-nbs");

    @Override
    protected FactorTable table() {
        return ChinaGridTable.meeNbs();
    }

    private static double kgPerMwh(String activity, String region, String period) {
        return Ledger.calculate(MEE, activity, 1, "MWh", region, period, null, null).co2eKg();
    }

    @Test
    void nationalAverage_eachRowValidForItsDataYear() {
        assertEquals(556.8, kgPerMwh("electricity/grid", "CN", "2021"), 1e-9);
        assertEquals(536.6, kgPerMwh("electricity/grid", "CN", "2022-07"), 1e-9);
        assertEquals(530.6, kgPerMwh("electricity/grid", "CN", "2023"), 1e-9);
    }

    @Test
    void residualMix_isItsOwnActivity() {
        assertEquals(609.6, kgPerMwh("electricity/residual_mix", "CN", "2023"), 1e-9);
        assertTrue(table().factors(ActivityId.of("electricity/grid")).stream().noneMatch(f -> f.value() == 0.6096));
    }

    @Test
    void regionalGridsAndProvincesOfMediumConfidence() {
        assertEquals(636.1, kgPerMwh("electricity/grid", "CN-GRID-NORTH", "2023"), 1e-9);
        assertEquals(107.3, kgPerMwh("electricity/grid", "CN-YN", "2022"), 1e-9);
        // Beijing 2022 is low-medium: not in this table, so Beijing takes its grid's (North China, 2022)
        assertEquals(677.6, kgPerMwh("electricity/grid", "CN-BJ", "2022"), 1e-9);
        for (var id : table().activities()) {
            table().factors(id).forEach(f -> assertFalse(f.source().confidence().startsWith("low"), f.toString()));
        }
    }

    @Test
    void withoutAPeriod_theDataYearsAreATie() {
        assertThrows(AmbiguousFactorException.class, () -> kgPerMwh("electricity/grid", "CN", null));
    }

    /**
     * References start with the announcement's number where the data give it: the 2021 factors are
     * MEE/NBS Announcement 2024 No. 12 (公告2024年第12号); the data record no number for the 2022 and
     * 2023 announcements, and the reference says so rather than making one up.
     */
    @Test
    void referencesNameTheAnnouncementNumberWhereTheDataGiveIt() {
        var factors = table().factors(ActivityId.of("electricity/grid")).stream()
                .filter(f -> f.region().equals(org.carbonledger.activity.Region.parse("CN"))).toList();
        String y2021 = factors.stream().filter(f -> f.validFrom().getYear() == 2021).findFirst().orElseThrow().source()
                .reference();
        assertTrue(y2021.startsWith("公告2024年第12号: MEE/NBS announcement on 2021"), y2021);
        assertTrue(y2021.matches(".* \\(bundled data row \\d+\\)"), y2021);
        String y2022 = factors.stream().filter(f -> f.validFrom().getYear() == 2022).findFirst().orElseThrow().source()
                .reference();
        assertTrue(y2022.startsWith("notice number not in the bundled data: MEE/NBS announcement on 2022"), y2022);
    }
}

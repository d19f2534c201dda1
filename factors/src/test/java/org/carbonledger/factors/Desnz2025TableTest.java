package org.carbonledger.factors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carbonledger.activity.CalorificBasis;
import org.carbonledger.csv.CsvReader;
import org.carbonledger.factor.spi.FactorTable;
import org.carbonledger.testkit.FactorTableContract;
import org.carbonledger.factors.desnz.DesnzTable;
import org.carbonledger.ghg.Gas;
import org.carbonledger.inventory.ActivityResult;
import org.junit.jupiter.api.Test;

/**
 * {@code desnz-2025} against the published values of UK Government GHG Conversion Factors for
 * Company Reporting 2025, condensed set v1 (conversion-factors-2025.xlsx): sheet 'UK electricity'
 * (electricity generated 0.17700 kg CO2e/kWh: CO2 0.17489, CH4 0.0009, N2O 0.00122 kg CO2e),
 * sheet 'Transmission and distribution' (0.01853 kg CO2e/kWh) and sheet 'Fuels' (natural gas
 * 0.18296 kg CO2e/kWh gross CV, 0.20270 net CV, 2.06672 per cubic metre). Per-gas values are kg
 * CO2e under AR5 (CH4 28, N2O 265), as the workbook states.
 */
class Desnz2025TableTest extends FactorTableContract {

    @Override
    protected FactorTable table() {
        return DesnzTable.edition2025();
    }

    @Test
    void ukElectricityGenerated_isPublishedPerGasAndRecombinesToTheTotal() {
        FactorTable t = table();
        assertEquals(0.17489, Ledger.factor(t, "electricity/grid", Gas.CO2, "GB", "kWh", null).value(), 0);
        assertEquals(0.0009 / 28, Ledger.factor(t, "electricity/grid", Gas.CH4, "GB", "kWh", null).value(), 1e-18);
        assertEquals(0.00122 / 265, Ledger.factor(t, "electricity/grid", Gas.N2O, "GB", "kWh", null).value(), 1e-18);
        // 1000 kWh in GB in 2025: 174.89 kg CO2 + 0.9 + 1.22 kg CO2e = 177.01, the published 177.00 within rounding
        ActivityResult r = Ledger.calculate(List.of("desnz-2025"), "electricity/grid", 1000, "kWh", "GB", "2025", null,
                null);
        assertEquals(177.01, r.co2eKg(), 1e-9);
        assertEquals(177.00, r.co2eKg(), 0.02);
        assertEquals("desnz-2025", r.factor().table().id());
    }

    @Test
    void transmissionAndDistribution_isItsOwnScope3Activity() {
        ActivityResult r = Ledger.calculate(List.of("desnz-2025"), "electricity/td_losses", 1000, "kWh", "GB", "2025",
                null, null);
        assertEquals(18.34 + 0.08 + 0.11, r.co2eKg(), 1e-9); // published total 0.01853 kg CO2e/kWh
        assertEquals("3", r.scope().toString());
    }

    @Test
    void naturalGasPerKwh_isGrossByDefaultAndNetWhenStated() {
        ActivityResult gross = Ledger.calculate(List.of("desnz-2025"), "fuel/natural_gas", 1000, "kWh", "GB", "2025",
                null, null);
        assertEquals(182.59, gross.gasesKg().get(Gas.CO2), 1e-9);
        assertEquals(182.96, gross.co2eKg(), 1e-9); // 0.18259 + 0.00028 + 0.00009 = the published 0.18296
        assertTrue(String.join("\n", gross.trace()).contains("default"), String.join("\n", gross.trace()));
        ActivityResult net = Ledger.calculate(List.of("desnz-2025"), "fuel/natural_gas", 1000, "kWh", "GB", "2025",
                null, CalorificBasis.NET);
        assertEquals(202.29, net.gasesKg().get(Gas.CO2), 1e-9);
        assertEquals(202.70, net.co2eKg(), 1e-9); // published 0.2027
    }

    @Test
    void naturalGasPerCubicMetreAndTheMineralBlend() {
        ActivityResult m3 = Ledger.calculate(List.of("desnz-2025"), "fuel/natural_gas", 100, "m3", "UK", "2025", null,
                null);
        assertEquals(206.672, m3.co2eKg(), 1e-9); // 2.0627 + 0.00307 + 0.00095 = the published 2.06672
        assertTrue(String.join("\n", m3.trace()).contains("GB"));
        assertTrue(DesnzTable.edition2025().activities().contains(
                org.carbonledger.activity.ActivityId.of("fuel/natural_gas_mineral")));
    }

    @Test
    void outsideItsYear_theTableDoesNotPrice() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.carbonledger.factor.FactorNotFoundException.class,
                () -> Ledger.calculate(List.of("desnz-2025"), "electricity/grid", 1, "kWh", "GB", "2024", null, null));
        assertTrue(e.getMessage().contains("desnz-2025"), e.getMessage());
    }

    @Test
    void everyGroupRecombinesToThePublishedTotal() {
        assertRecombines("2025", DesnzTable.edition2025());
    }

    /**
     * For every fuel and unit of one edition, the stored gas masses times the AR5 GWPs (CO2 1, CH4
     * 28, N2O 265) equal the published "CO2e total" within 2e-5 of its unit: each of the four
     * published cells is rounded to five decimal places (±0.5e-5 each). The largest difference in
     * the data is 1e-5 (e.g. UK electricity 2025: 0.17701 against 0.17700).
     */
    static void assertRecombines(String edition, DesnzTable table) {
        Map<String, Double> totals = new HashMap<>();
        try (CsvReader csv = CsvReader.withComments(new InputStreamReader(
                DesnzTable.class.getResourceAsStream(DesnzTable.DATA), StandardCharsets.UTF_8), DesnzTable.DATA)) {
            var h = csv.header();
            int ed = h.require("edition");
            int category = h.require("category");
            int activity = h.require("activity");
            int gas = h.require("gas");
            int value = h.require("value");
            int unit = h.require("unit");
            while (csv.next()) {
                if (csv.field(ed).startsWith(edition + " ") && csv.field(gas).equals("CO2e total")) {
                    String name = edition.equals("2025") ? csv.field(category) + " / " + csv.field(activity)
                            : csv.field(activity);
                    totals.put(name + "|" + denominator(csv.field(unit)), Double.parseDouble(csv.field(value)));
                }
            }
        }
        Map<String, Double> sums = new HashMap<>();
        Map<String, Double> byGas = new HashMap<>();
        for (var id : table.activities()) {
            for (var f : table.factors(id)) {
                if (f.biogenicCo2() || f.publishedGwp() != null) {
                    continue; // bioenergy, outside-of-scopes and refrigerant rows: not of the Fuels data
                }
                double gwp = f.gas().equals(Gas.CO2) ? 1 : f.gas().equals(Gas.CH4) ? 28 : 265;
                String den = f.unit().activity().symbol() + (f.basis() == null ? "" : " " + f.basis());
                // one source row may price two ids (fuel/diesel and fuel/diesel_biofuel_blend): count it once
                byGas.put(f.source().sourceName() + "|" + den + "|" + f.gas(), f.value() * gwp);
            }
        }
        byGas.forEach((k, v) -> sums.merge(k.substring(0, k.lastIndexOf('|')), v, Double::sum));
        assertEquals(totals.size(), sums.size(), "one published total per fuel and unit");
        int checked = 0;
        for (var e : totals.entrySet()) {
            String[] k = e.getKey().split("\\|");
            String den = switch (k[1]) {
                case "tonnes" -> "t";
                case "litres" -> "L";
                case "cubic metres" -> "m3";
                case "kWh" -> "kWh";
                case "kWh (Net CV)" -> "kWh " + CalorificBasis.NET;
                case "kWh (Gross CV)" -> "kWh " + CalorificBasis.GROSS;
                default -> throw new AssertionError(k[1]);
            };
            Double sum = sums.get(k[0] + "|" + den);
            assertTrue(sum != null, "no factors for " + e.getKey());
            assertEquals(e.getValue(), sum, 2e-5, e.getKey());
            checked++;
        }
        assertEquals(120, checked);
    }

    private static String denominator(String unit) {
        int perUnit = unit.indexOf(" per unit (");
        if (perUnit >= 0) {
            return unit.substring(perUnit + " per unit (".length(), unit.length() - 1);
        }
        int per = unit.indexOf(" per ");
        if (per >= 0) {
            return unit.substring(per + " per ".length());
        }
        return unit.substring(unit.indexOf('(') + 1, unit.length() - 1);
    }

    /**
     * References name the workbook's cell: in the 2025 condensed set, sheet 'Fuels', row 42 (natural
     * gas, kWh (Gross CV)) holds the CO2 value 0.18259 in column E ("kg CO2e of CO2 per unit"); sheet
     * 'UK electricity' row 26 holds 0.17489 in column F; sheet 'Transmission and distribution' row 22
     * holds 0.01834 in column F. Our CSV's row follows, labelled as ours.
     */
    @Test
    void referencesNameTheWorkbookCell() {
        String gas = Ledger.factor(table(), "fuel/natural_gas", Gas.CO2, "GB", "kWh", CalorificBasis.GROSS).source()
                .reference();
        assertTrue(gas.startsWith(
                "'Fuels'!E42: Gaseous fuels, Natural gas, 'kg CO2e of CO2 per kWh (Gross CV)' = 0.18259"), gas);
        assertTrue(gas.endsWith(" (bundled data row 83)"), gas); // our CSV's row, as a second pointer
        assertTrue(Ledger.factor(table(), "electricity/grid", Gas.CO2, "GB", "kWh", null).source().reference()
                .startsWith("'UK electricity'!F26: "));
        assertTrue(Ledger.factor(table(), "electricity/td_losses", Gas.CO2, "GB", "kWh", null).source().reference()
                .startsWith("'Transmission and distribution'!F22: "));
        // CH4 (column F of the same row): the cell holds kg CO2e, which the reference still says
        String ch4 = Ledger.factor(table(), "fuel/natural_gas", Gas.CH4, "GB", "kWh", CalorificBasis.GROSS).source()
                .reference();
        assertTrue(ch4.startsWith("'Fuels'!F42: ") && ch4.contains("= 0.00028 kg CO2e ÷ AR5 GWP 28"), ch4);
    }
}

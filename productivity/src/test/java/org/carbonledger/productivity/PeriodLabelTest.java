package org.carbonledger.productivity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodLabelTest {

    /** Each pair is in time order, which text order gets wrong for the numbers. */
    @ParameterizedTest(name = "{0} before {1}")
    @CsvSource({"9, 10", "999, 2023", "2023, 2024", "2023-Q4, 2024-Q1", "2023-09, 2023-10",
        "2023-12, 2024-01", "2024-02-29, 2024-03-01", "1999-12-31, 2000-01-01"})
    void parse_ordersAsTime(String earlier, String later) {
        List<PeriodLabel> labels = new ArrayList<>(List.of(PeriodLabel.parse(later),
                PeriodLabel.parse(earlier)));
        labels.sort(PeriodLabel.IN_TIME);
        assertTrue(labels.get(0).text().equals(earlier), labels.toString());
        assertDoesNotThrow(() -> labels.get(0).requireCompatible(labels.get(1)));
    }

    @ParameterizedTest(name = "label [{0}]")
    @ValueSource(strings = {"FY23", "fy2023", "2023/24", "H1 2023", "2023.5", "-1", "2023-13",
        "2023-00", "2023-02-30", "2023-Q0", "2023-Q5", "23-06", "2023-6", " 2023", ""})
    void parse_refusesWhatIsNotAPeriodOfTime(String label) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PeriodLabel.parse(label));
        assertTrue(e.getMessage().contains("'" + label + "'")
                && e.getMessage().contains("2023-Q1"), e.getMessage());
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({"2023, 2023-06", "2023-06, 2023-06-30", "2023-Q1, 2023-01", "1, 2023-01-01",
        "2023, 02023"})
    void requireCompatible_refusesMixedKindsAndOnePeriodWrittenTwice(String a, String b) {
        assertThrows(IllegalArgumentException.class,
                () -> PeriodLabel.parse(a).requireCompatible(PeriodLabel.parse(b)));
    }
}

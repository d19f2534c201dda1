package org.carbonledger.factors.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link PublisherReferences}: a located value gives its cell; a value the tool could not locate,
 * or a data row with no line, gives "cell not located", never a neighbour's cell; a line whose value
 * is not the data's (a stale resource) and a repeated key fail the load, naming the resource and row.
 */
class PublisherReferencesTest {
    private static final String TEST = "/org/carbonledger/factors/internal/references-test.csv";

    private static PublisherReferences refs() {
        return PublisherReferences.load(PublisherReferencesTest.class, TEST, "edition", "activity", "gas");
    }

    @Test
    void aLocatedValueGivesItsCell() {
        assertEquals("'Fuels'!E42", refs().of("0.18259", "2025", "Natural gas", "CO2"));
    }

    @Test
    void unlocatedOrMissing_isSaidSo() {
        assertEquals(PublisherReferences.NOT_LOCATED, refs().of("0.00028", "2025", "Natural gas", "CH4"));
        assertEquals(PublisherReferences.NOT_LOCATED, refs().of("0.00009", "2025", "Natural gas", "N2O"));
        assertEquals(PublisherReferences.NOT_LOCATED, refs().of("0.18259", "2024", "Natural gas", "CO2"));
    }

    @Test
    void aStaleValue_failsNamingTheResourceAndRow() {
        var e = assertThrows(IllegalStateException.class, () -> refs().of("1.7429", "2025", "Butane", "CO2"));
        assertTrue(e.getMessage().contains(TEST + " row 5 gives 1.74296") && e.getMessage().contains("1.7429"),
                e.getMessage());
    }

    @Test
    void aRepeatedKey_failsTheLoad() {
        String name = "/org/carbonledger/factors/internal/references-repeated.csv";
        var e = assertThrows(IllegalStateException.class,
                () -> PublisherReferences.load(PublisherReferencesTest.class, name, "edition", "activity", "gas"));
        assertTrue(e.getMessage().contains(name + " row 3 repeats the key"), e.getMessage());
    }
}

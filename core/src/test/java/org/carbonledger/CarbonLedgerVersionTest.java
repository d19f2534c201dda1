package org.carbonledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The library's version comes from the build, not a placeholder. */
class CarbonLedgerVersionTest {
    /**
     * A Maven version as the build writes it: digits and dots, optionally a qualifier. Fails if the
     * resource is unfiltered ({@code ${project.version}}) or missing, or the accessor returns a
     * placeholder such as "development build". The build passes the POM's version in
     * {@code carbonledger.expectedVersion} (core/pom.xml, surefire).
     */
    @Test
    void current_isTheMavenProjectVersion_notAPlaceholder() {
        String v = CarbonLedgerVersion.current();
        assertTrue(v.matches("\\d+\\.\\d+\\.\\d+(-[A-Za-z0-9.]+)?"), v);
        assertEquals(System.getProperty("carbonledger.expectedVersion"), v);
    }
}

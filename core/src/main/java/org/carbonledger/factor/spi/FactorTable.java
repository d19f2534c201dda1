package org.carbonledger.factor.spi;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.Region;
import org.carbonledger.factor.Conversion;
import org.carbonledger.factor.EmissionFactor;
import org.carbonledger.factor.TableInfo;

/**
 * A table of emission factors from one source and edition.
 *
 * <p>Contract for implementations: thread-safe; {@link #info()} is cheap and does no I/O; data
 * is read lazily, once, on the first lookup, and never from the network; lookups never return
 * null, and return an empty list for an activity the table does not price; the same call always
 * gives the same answer, in the same order. Every built-in table passes the contract test
 * {@code FactorTableContract} of {@code carbonledger-testkit}; third-party tables can run it too.
 */
public interface FactorTable {

    /** @return what the table is and where it comes from */
    TableInfo info();

    /** @return the activities this table has factors for */
    Set<ActivityId> activities();

    /**
     * Lists the factors for an activity, every region, sector, validity and unit.
     *
     * @param activity the activity
     * @return the factors; empty if none
     */
    List<EmissionFactor> factors(ActivityId activity);

    /**
     * Lists the conversions (calorific values, densities) the table publishes for an activity.
     *
     * @param activity the activity
     * @return the conversions; empty if none
     */
    default List<Conversion> conversions(ActivityId activity) {
        return List.of();
    }

    /**
     * Lists the regions whose factors apply to a record in a region, the most specific first: the
     * region, then each region that contains it, to {@link Region#GLOBAL}. By default the lineage
     * of the region's id ({@code CN-SD}, {@code CN}, global); a table whose publisher groups
     * sub-regions differently says so here, as data (China's provinces belong to regional grids:
     * {@code CN-SD}, {@code CN-GRID-NORTH}, {@code CN}, global), so that a record in a province
     * without a factor of its own takes its grid's before the country's.
     *
     * @param region the record's region
     * @return the regions, most specific first, ending with {@link Region#GLOBAL}
     */
    default List<Region> lineage(Region region) {
        return region.lineage();
    }

    /**
     * Lists every sub-region of a country, when the table's sub-regions of it are a closed set
     * (eGRID's subregions partition the United States): a record in a sub-region not in the set is
     * then in no known region, and is not priced at the country's average. Tables whose sub-regions
     * are a selection (provinces with a factor of their own) answer empty.
     *
     * @param country a country
     * @return its sub-regions, or empty when the table's list of them is not closed
     */
    default Optional<Set<Region>> subRegionsOf(Region country) {
        return Optional.empty();
    }
}

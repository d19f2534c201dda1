package org.carbonledger.factors.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carbonledger.csv.CsvReader;

/**
 * Where each bundled value stands in the publisher's own file: a bundled references resource (one
 * line per data row, keyed by the row's identifying columns, the value repeated as a check, and a
 * {@code reference} column such as {@code 'Fuels'!E42} or {@code flat file ID 1_100_1000_6_3
 * ('Factors by Category'!J21)}). The resources are written by {@code factors/tools/locate_references.py}
 * from the official workbooks (docs/factors.md, "References").
 *
 * <p>A data row with no line in the resource, or a line whose reference reads
 * {@value #NOT_LOCATED}, is referred to as {@value #NOT_LOCATED}: never a guessed cell. A line whose
 * value differs from the data row's is a packaging error (the resource is stale) and fails the load.
 */
public final class PublisherReferences {
    /** What a reference says when no single cell of the publisher's file matched the value. */
    public static final String NOT_LOCATED = "cell not located";

    private final String resource;
    private final Map<List<String>, String[]> lines;

    private PublisherReferences(String resource, Map<List<String>, String[]> lines) {
        this.resource = resource;
        this.lines = lines;
    }

    /**
     * Reads a references resource.
     *
     * @param owner a class in the jar that holds the resource
     * @param resource the absolute resource name
     * @param keyColumns the columns that identify a data row, in the order {@link #of} takes them
     * @return the references
     * @throws IllegalStateException if the resource is missing, lacks a column or repeats a key
     */
    public static PublisherReferences load(Class<?> owner, String resource, String... keyColumns) {
        Map<List<String>, String[]> lines = new HashMap<>();
        try (CsvReader csv = BundledTable.open(owner, resource)) {
            var h = csv.header();
            int[] keys = new int[keyColumns.length];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = h.require(keyColumns[i]);
            }
            int value = h.require("value");
            int reference = h.require("reference");
            while (csv.next()) {
                String[] key = new String[keys.length];
                for (int i = 0; i < keys.length; i++) {
                    key[i] = csv.field(keys[i]);
                }
                String[] previous = lines.put(List.of(key),
                        new String[] {csv.field(value), csv.field(reference), Long.toString(csv.row())});
                if (previous != null) {
                    throw new IllegalStateException(resource + " row " + csv.row() + " repeats the key " + List.of(key)
                            + " of row " + previous[2]);
                }
            }
        }
        return new PublisherReferences(resource, Map.copyOf(lines));
    }

    /**
     * The publisher's place of a data row's value.
     *
     * @param value the data row's value, as written in the data
     * @param key the data row's key columns, in the order given to {@link #load}
     * @return the place (a cell or factor ID), or {@value #NOT_LOCATED}
     * @throws IllegalStateException if the resource gives another value for the row (it is stale)
     */
    public String of(String value, String... key) {
        String[] line = lines.get(List.of(key));
        if (line == null || line[1].equals(NOT_LOCATED)) {
            return NOT_LOCATED;
        }
        if (!line[0].equals(value)) {
            throw new IllegalStateException(resource + " row " + line[2] + " gives " + line[0] + " for " + List.of(key)
                    + " where the data give " + value + "; run factors/tools/locate_references.py again");
        }
        return line[1];
    }
}

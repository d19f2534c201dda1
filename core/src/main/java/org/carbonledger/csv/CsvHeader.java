package org.carbonledger.csv;

import org.carbonledger.internal.VisibleText;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The header row of a CSV file: column names as written, looked up case-insensitively.
 *
 * <p>Immutable and thread-safe. Duplicate names (ignoring case and surrounding blanks) are
 * refused when the header is built, since a lookup by name would otherwise be ambiguous.
 */
public final class CsvHeader {
    private final String source;
    private final List<String> names;
    private final Map<String, Integer> index;

    private CsvHeader(String source, List<String> names, Map<String, Integer> index) {
        this.source = source;
        this.names = names;
        this.index = index;
    }

    /**
     * Builds a header from the names of row 1.
     *
     * @param source the file name, for messages
     * @param rawNames the names as read
     * @return the header
     * @throws CsvFormatException if a name is blank or repeated
     */
    public static CsvHeader of(String source, List<String> rawNames) {
        Objects.requireNonNull(source, "source");
        List<String> names = new ArrayList<>(rawNames.size());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < rawNames.size(); i++) {
            String name = rawNames.get(i).strip();
            if (name.isEmpty()) {
                throw new CsvFormatException(source, 1,
                        "column " + (i + 1) + " of the header has no name; every column needs a name");
            }
            Integer previous = index.put(key(name), i);
            if (previous != null) {
                throw new CsvFormatException(source, 1, "duplicate column '" + name + "' (columns "
                        + (previous + 1) + " and " + (i + 1) + "); each column name may appear once");
            }
            names.add(name);
        }
        return new CsvHeader(source, Collections.unmodifiableList(names), index);
    }

    /** The name without the characters {@link VisibleText} shows as codes, for a hint only. */
    private static String withoutHidden(String name) {
        StringBuilder b = new StringBuilder();
        name.codePoints().filter(c -> !VisibleText.hasHidden(new String(Character.toChars(c))))
                .forEach(b::appendCodePoint);
        return b.toString();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** @return the column names as written, in file order */
    public List<String> names() {
        return names;
    }

    /** @return the number of columns */
    public int size() {
        return names.size();
    }

    /**
     * Finds a column by name, ignoring case.
     *
     * @param name the column name
     * @return its zero-based index, or empty
     */
    public OptionalInt find(String name) {
        Integer i = index.get(key(name));
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /**
     * Gets a required column by name, ignoring case.
     *
     * @param name the column name
     * @return its zero-based index
     * @throws CsvFormatException naming the file, the column and the columns present, if absent
     */
    public int require(String name) {
        Integer i = index.get(key(name));
        if (i == null) {
            List<String> shown = new ArrayList<>();
            String hint = "";
            for (int c = 0; c < names.size(); c++) {
                String written = names.get(c);
                shown.add(VisibleText.of(written));
                if (hint.isEmpty() && VisibleText.hasHidden(written) && key(withoutHidden(written)).equals(key(name))) {
                    hint = "; column " + (c + 1) + " is '" + VisibleText.of(written) + "', which holds invisible"
                            + " characters: remove them to make it '" + name + "'";
                }
            }
            throw new CsvFormatException(source, 1, "missing required column '" + name
                    + "'; the header has " + String.join(", ", shown) + hint);
        }
        return i;
    }

    /**
     * Gets the name of a column.
     *
     * @param column zero-based index
     * @return the name as written
     */
    public String name(int column) {
        return names.get(column);
    }
}

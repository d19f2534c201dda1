package org.carbonledger.factors.user;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.ActivityType;
import org.carbonledger.activity.CalorificBasis;
import org.carbonledger.activity.Region;
import org.carbonledger.activity.Scope;
import org.carbonledger.activity.Sector;
import org.carbonledger.csv.CsvFormatException;
import org.carbonledger.csv.CsvReader;
import org.carbonledger.internal.DecimalText;
import org.carbonledger.factor.EmissionFactor;
import org.carbonledger.factor.FactorSource;
import org.carbonledger.factor.TableInfo;
import org.carbonledger.ghg.Gas;
import org.carbonledger.ghg.MethaneOrigin;
import org.carbonledger.quantity.RateUnit;
import org.carbonledger.quantity.UnitKind;
import org.carbonledger.quantity.UnitParser;

/**
 * Reads a user's own factor table from CSV or JSON (docs/design.md §4, "Users' tables").
 *
 * <p><b>CSV.</b> Table metadata in {@code #} comment lines before the header, one
 * {@code key: value} per line: {@code id}, {@code publisher}, {@code edition}, {@code licence}
 * (required), {@code name}, {@code document}, {@code attribution}, {@code valid_from},
 * {@code valid_to}, {@code default_basis}, {@code description} (optional); each once, and no other
 * key (a comment that does not start with a word and a colon is a plain comment). Then a header and
 * rows with the columns {@code activity}, {@code gas}, {@code value}, {@code unit} (required) and
 * {@code region}, {@code valid_from}, {@code valid_to}, {@code basis}, {@code sector},
 * {@code document}, {@code reference}, {@code uncertainty}, {@code scope}, {@code biogenic}
 * (optional). {@code scope} (and {@code biogenic}, default false) must be given for an activity
 * id the catalogue does not know: the table then defines it.
 *
 * <p><b>JSON.</b> One object with the same metadata fields and an array {@code factors} of
 * objects with the same fields as the CSV columns ({@code value} a number). Strict: a key twice in
 * one object, or anything after the document, is an error naming its place
 * ({@code factors[3].value}).
 *
 * <p>Every row is checked: a known gas; a unit of a mass per unit of activity ({@code kg/GJ},
 * {@code g/kWh}, {@code lb/MWh}, {@code kg/t} ...); a finite, non-negative value; a valid region,
 * dates and basis (basis only on energy units); no two rows for the same activity, gas, region,
 * sector, basis and unit kind with overlapping validity. A fault throws
 * {@link InvalidTableException} naming the file, row, column, value and what would be accepted.
 * Sizes are bounded: fields by {@link CsvReader}'s limits, JSON documents to
 * {@link #MAX_JSON_BYTES}. Thread-safe (stateless).
 */
public final class UserTableReader {
    /** The largest JSON table accepted, in bytes. */
    public static final long MAX_JSON_BYTES = 64L << 20;

    private static final Set<String> META_KEYS = Set.of("id", "name", "publisher", "edition", "licence", "document",
            "attribution", "valid_from", "valid_to", "default_basis", "description");
    private static final Set<String> COLUMNS = Set.of("activity", "gas", "value", "unit", "region", "valid_from",
            "valid_to", "basis", "sector", "document", "reference", "uncertainty", "scope", "biogenic", "source_name");

    private final Function<ActivityId, Optional<ActivityType>> catalogue;
    private final UnitParser units = UnitParser.standard();

    /**
     * Creates a reader that checks activity ids against a catalogue.
     *
     * @param catalogue finds the known type of an activity id (such as {@code registry::findActivityType})
     */
    public UserTableReader(Function<ActivityId, Optional<ActivityType>> catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /**
     * Reads a table, choosing the format by the file's extension ({@code .csv} or {@code .json}).
     *
     * @param file the file
     * @return the table
     * @throws InvalidTableException if the file is missing, unreadable, or any part of it is invalid
     */
    public UserTable read(Path file) {
        return read(file, file.toString());
    }

    /**
     * Reads a table from a copy of the user's file, naming it as the user did: in messages and in
     * the table's description, {@code name} stands for the file (a distributed engine's executor
     * reads a copy of the driver's file, and must describe the table as the driver does).
     *
     * @param file the file, or a copy of it
     * @param name the file as the user named it; its extension ({@code .csv} or {@code .json}) chooses the format
     * @return the table
     * @throws InvalidTableException if the file is missing, unreadable, or any part of it is invalid
     */
    public UserTable read(Path file, String name) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return readJson(file, name);
        }
        if (lower.endsWith(".csv")) {
            return readCsv(file, name);
        }
        throw new InvalidTableException(name, "", "", null, "a factor table file must end in .csv or .json");
    }

    /** A row being read, from either format. */
    private interface Row {
        String position();

        String get(String column);
    }

    /**
     * Reads a CSV table.
     *
     * @param file the file
     * @return the table
     * @throws InvalidTableException if any part of it is invalid
     */
    public UserTable readCsv(Path file) {
        return readCsv(file, file.toString());
    }

    private UserTable readCsv(Path file, String f) {
        try (CsvReader csv = CsvReader.withComments(file)) {
            Map<String, String> meta = metadata(f, csv.comments());
            for (String column : csv.header().names()) {
                if (!COLUMNS.contains(column.toLowerCase(Locale.ROOT))) {
                    throw new InvalidTableException(f, "row " + (csv.comments().size() + 1), column, null,
                            "unknown column; the columns are " + String.join(", ", new java.util.TreeSet<>(COLUMNS)));
                }
            }
            for (String required : List.of("activity", "gas", "value", "unit")) {
                if (csv.header().find(required).isEmpty()) {
                    throw new InvalidTableException(f, "row " + (csv.comments().size() + 1), required, null,
                            "missing required column; the header has " + String.join(", ", csv.header().names()));
                }
            }
            Builder b = new Builder(f, info(f, key -> meta.getOrDefault(key, "")));
            while (csv.next()) {
                long row = csv.row();
                if (csv.isBlank()) {
                    continue;
                }
                b.add(new Row() {
                    @Override
                    public String position() {
                        return "row " + row;
                    }

                    @Override
                    public String get(String column) {
                        var i = csv.header().find(column);
                        return i.isPresent() ? csv.field(i.getAsInt()).strip() : "";
                    }
                });
            }
            return b.build();
        } catch (CsvFormatException e) {
            throw new InvalidTableException(f, e.row() > 0 ? "row " + e.row() : "", "", null, e.reason());
        }
    }

    /**
     * Reads the {@code key: value} lines among the comments. A line that starts with one word and
     * a colon is metadata; others are plain comments. An unknown or repeated key is an error: a
     * misspelt {@code # licence} or a second {@code # edition} would otherwise be dropped or
     * overwritten without a word.
     */
    private static Map<String, String> metadata(String f, List<String> comments) {
        Map<String, String> meta = new LinkedHashMap<>();
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (int i = 0; i < comments.size(); i++) {
            String comment = comments.get(i);
            int colon = comment.indexOf(':');
            if (colon <= 0 || !comment.substring(0, colon).strip().matches("[A-Za-z][A-Za-z0-9_]*")) {
                continue; // a plain comment
            }
            String key = comment.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            int row = i + 1; // comment lines are rows 1, 2 ... before the header
            if (!META_KEYS.contains(key)) {
                throw new InvalidTableException(f, "row " + row, "", comment, "unknown table metadata '" + key
                        + "'; the keys are " + String.join(", ", new java.util.TreeSet<>(META_KEYS))
                        + " (a plain comment must not start with a word and a colon)");
            }
            Integer before = rows.put(key, row);
            if (before != null) {
                throw new InvalidTableException(f, "row " + row, "", comment, "table metadata '" + key
                        + "' is given twice (rows " + before + " and " + row + "); give it once");
            }
            meta.put(key, comment.substring(colon + 1).strip());
        }
        return meta;
    }

    /**
     * Reads a JSON table.
     *
     * @param file the file
     * @return the table
     * @throws InvalidTableException if any part of it is invalid
     */
    public UserTable readJson(Path file) {
        return readJson(file, file.toString());
    }

    private UserTable readJson(Path file, String f) {
        try {
            if (Files.size(file) > MAX_JSON_BYTES) {
                throw new InvalidTableException(f, "", "", null, "is larger than " + MAX_JSON_BYTES + " bytes");
            }
        } catch (IOException e) {
            throw new InvalidTableException(f, "", "", null, "cannot be read: " + e.getMessage());
        }
        // Strict: a key given twice in one object ("value": 50000, "value": 5; a second "factors")
        // and anything after the document are errors, never a silent last-one-wins or a cut-off.
        // Numbers are kept as written, so that 1E-400 is refused by the value check rather than read
        // as 0. The whole document is read first, so that a fault of the JSON itself is reported
        // before any fault of its content, wherever it stands; then the content is checked: the
        // table's fields, its metadata, then each factor in order. The streaming parser builds the
        // plain values below: no object mapper, and nothing in the input chooses a type.
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(16).maxStringLength(1 << 16).maxNumberLength(64).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        Object root;
        try (InputStream in = open(file, f); JsonParser p = factory.createParser(in)) {
            JsonToken first = p.nextToken();
            root = first == null ? null : value(p);
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                throw new InvalidTableException(f, "", "", null, "is not valid JSON: Trailing token (of type " + trailing
                        + ") found after the document (line " + p.currentLocation().getLineNr() + ", column "
                        + p.currentLocation().getColumnNr() + ")");
            }
        } catch (JsonProcessingException e) {
            String place = place(e);
            throw new InvalidTableException(f, place, "", null, "is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")" : ""));
        } catch (IOException e) {
            throw new InvalidTableException(f, "", "", null, "cannot be read: " + e.getMessage());
        }
        if (!(root instanceof Map<?, ?> table)) {
            throw new InvalidTableException(f, "", "", null, "must be a JSON object with table fields and a factors array");
        }
        for (Object key : table.keySet()) {
            if (!META_KEYS.contains(key) && !key.equals("factors")) {
                throw new InvalidTableException(f, "", (String) key, null, "unknown field; the table fields are "
                        + String.join(", ", new java.util.TreeSet<>(META_KEYS)) + " and factors");
            }
        }
        Map<String, String> meta = new LinkedHashMap<>();
        for (Map.Entry<?, ?> field : table.entrySet()) {
            if (!field.getKey().equals("factors")) {
                meta.put((String) field.getKey(), scalar(field.getValue(), f, "", (String) field.getKey()));
            }
        }
        Builder b = new Builder(f, info(f, key -> meta.getOrDefault(key, "")));
        if (!(table.get("factors") instanceof List<?> factors)) {
            throw new InvalidTableException(f, "", "factors", null, "must be an array of factor objects");
        }
        for (int i = 0; i < factors.size(); i++) {
            String position = "factors[" + i + "]";
            if (!(factors.get(i) instanceof Map<?, ?> node)) {
                throw new InvalidTableException(f, position, "", null, "must be an object");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (Map.Entry<?, ?> field : node.entrySet()) {
                String key = (String) field.getKey();
                if (!COLUMNS.contains(key)) {
                    throw new InvalidTableException(f, position, key, null, "unknown field; the fields are "
                            + String.join(", ", new java.util.TreeSet<>(COLUMNS)));
                }
                fields.put(key, scalar(field.getValue(), f, position, key));
            }
            b.add(new Row() {
                @Override
                public String position() {
                    return position;
                }

                @Override
                public String get(String column) {
                    return fields.getOrDefault(column, "");
                }
            });
        }
        return b.build();
    }

    /** A JSON number, string, boolean or null: its text as written (a string's stripped; null is ""). */
    private record Scalar(String text) {
    }

    /**
     * The value the parser is at, read whole: an object as a map in document order, an array as a
     * list, anything else as a {@link Scalar}. The parser's limits bound the depth and the sizes.
     */
    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, Object> object = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                object.put(key, value(p));
            }
            return object;
        }
        if (t == JsonToken.START_ARRAY) {
            List<Object> array = new ArrayList<>();
            for (JsonToken next = p.nextToken(); next != JsonToken.END_ARRAY; next = p.nextToken()) {
                if (next == null) { // the parser reports an unclosed array itself; this only guards the loop
                    throw new JsonParseException(p, "Unexpected end of the document in an array");
                }
                array.add(value(p));
            }
            return array;
        }
        return new Scalar(switch (t) {
            case VALUE_NULL -> "";
            case VALUE_STRING -> p.getText().strip();
            default -> p.getText(); // numbers as written, true and false
        });
    }

    /** The text of a field that must be a string, a number, a boolean or null. */
    private static String scalar(Object value, String f, String position, String key) {
        if (!(value instanceof Scalar scalar)) {
            throw new InvalidTableException(f, position, key, null, "must be a string or a number");
        }
        return scalar.text();
    }

    /** The place of a JSON fault as a path, such as {@code factors[3].value}; "" at the top level. */
    private static String place(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            String step = c.inArray() ? "[" + c.getCurrentIndex() + "]"
                    : c.getCurrentName() == null ? "" : "." + c.getCurrentName();
            b.insert(0, step);
        }
        return b.length() > 0 && b.charAt(0) == '.' ? b.substring(1) : b.toString();
    }

    private static InputStream open(Path file, String f) {
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new InvalidTableException(f, "", "", null, "no such file");
        } catch (IOException e) {
            throw new InvalidTableException(f, "", "", null, "cannot be read: " + e.getMessage());
        }
    }

    private TableInfo info(String f, Function<String, String> meta) {
        for (String key : List.of("id", "publisher", "edition", "licence")) {
            String v = meta.apply(key);
            if (v == null || v.isBlank()) {
                throw new InvalidTableException(f, "", key, null, "table metadata '" + key + "' is required (in CSV, a"
                        + " comment line '# " + key + ": ...' before the header; in JSON, a field \"" + key + "\")");
            }
        }
        String id = meta.apply("id");
        if (!id.matches("[a-z0-9][a-z0-9.-]*")) {
            throw new InvalidTableException(f, "", "id", id, "a table id is lower-case letters, digits, '.' and '-'");
        }
        CalorificBasis basis = null;
        String db = nullToEmpty(meta.apply("default_basis"));
        if (!db.isEmpty()) {
            try {
                basis = CalorificBasis.parse(db);
            } catch (IllegalArgumentException e) {
                throw new InvalidTableException(f, "", "default_basis", db, e.getMessage());
            }
        }
        LocalDate from = date(f, "", "valid_from", nullToEmpty(meta.apply("valid_from")));
        LocalDate to = date(f, "", "valid_to", nullToEmpty(meta.apply("valid_to")));
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidTableException(f, "", "valid_to", to.toString(), "ends before valid_from " + from);
        }
        String name = nullToEmpty(meta.apply("name"));
        String document = nullToEmpty(meta.apply("document"));
        String description = nullToEmpty(meta.apply("description"));
        return new TableInfo(id, name.isEmpty() ? id : name, meta.apply("publisher"), meta.apply("edition"),
                document.isEmpty() ? "user table " + f : document, meta.apply("licence"),
                nullToEmpty(meta.apply("attribution")), from, to, basis,
                description.isEmpty() ? "user table read from " + f : description);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    private static LocalDate date(String f, String position, String column, String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidTableException(f, position, column, text, "is not a date YYYY-MM-DD");
        }
    }

    /** Accumulates validated rows. */
    private final class Builder {
        private final String file;
        private final TableInfo info;
        private final Map<ActivityId, List<EmissionFactor>> factors = new LinkedHashMap<>();
        private final Map<ActivityId, ActivityType> newTypes = new LinkedHashMap<>();
        private final Map<EmissionFactor, String> positions = new LinkedHashMap<>();

        Builder(String file, TableInfo info) {
            this.file = file;
            this.info = info;
        }

        private InvalidTableException bad(Row r, String column, String reason) {
            return new InvalidTableException(file, r.position(), column, r.get(column), reason);
        }

        private <T> T parse(Row r, String column, Function<String, T> parser) {
            String text = r.get(column);
            if (text.isEmpty()) {
                return null;
            }
            try {
                return parser.apply(text);
            } catch (IllegalArgumentException e) {
                throw bad(r, column, e.getMessage());
            }
        }

        void add(Row r) {
            for (String required : List.of("activity", "gas", "value", "unit")) {
                if (r.get(required).isEmpty()) {
                    throw bad(r, required, required + " is required");
                }
            }
            ActivityId activity = parse(r, "activity", ActivityId::of);
            Gas gas = parse(r, "gas", Gas::parse);
            if (gas.equals(Gas.CO2E)) {
                throw bad(r, "gas", "CO2e is not a gas: give the mass of each gas (CO2, CH4, N2O ...), so that the"
                        + " inventory can be stated under any GWP set");
            }
            RateUnit unit;
            try {
                unit = units.parseRate(r.get("unit"));
            } catch (IllegalArgumentException e) {
                throw bad(r, "unit", e.getMessage() + "; a factor unit is a mass per unit of activity such as kg/GJ,"
                        + " g/kWh, lb/MWh, kg/t or kg/L");
            }
            double value;
            try {
                value = DecimalText.parse(r.get("value"));
            } catch (IllegalArgumentException e) {
                throw bad(r, "value", e.getMessage());
            }
            if (value < 0) {
                throw bad(r, "value", "a factor must be a finite number, zero or more");
            }
            CalorificBasis basis = parse(r, "basis", CalorificBasis::parse);
            if (basis != null && unit.activity().kind() != UnitKind.ENERGY) {
                throw bad(r, "basis", "a calorific basis applies only to factors per unit of energy, not per "
                        + unit.activity().symbol());
            }
            Region region = r.get("region").isEmpty() ? Region.GLOBAL : parse(r, "region", Region::parse);
            Sector sector = parse(r, "sector", Sector::parse);
            LocalDate from = date(file, r.position(), "valid_from", r.get("valid_from"));
            LocalDate to = date(file, r.position(), "valid_to", r.get("valid_to"));
            if (from != null && to != null && to.isBefore(from)) {
                throw bad(r, "valid_to", "ends before valid_from " + from);
            }
            defineOrCheck(r, activity);
            String reference = r.get("reference");
            String document = r.get("document");
            FactorSource source = new FactorSource(info.id(), info.edition(), document.isEmpty() ? info.document() : document,
                    reference.isEmpty() ? file + ", " + r.position() : reference,
                    r.get("source_name").isEmpty() ? activity.id() : r.get("source_name"), "");
            EmissionFactor f = new EmissionFactor(activity, gas, value, unit, basis, region, sector, from, to, source,
                    r.get("uncertainty"));
            for (EmissionFactor other : factors.getOrDefault(activity, List.of())) {
                if (other.gas().equals(gas) && other.region().equals(region) && Objects.equals(other.sector(), sector)
                        && Objects.equals(other.basis(), basis) && other.activityKind() == f.activityKind()
                        && overlaps(other, f)) {
                    boolean sameValidity = Objects.equals(other.validFrom(), from) && Objects.equals(other.validTo(), to);
                    throw bad(r, sameValidity ? "activity" : "valid_from", (sameValidity ? "duplicate key" :
                            "overlapping validity") + ": " + positions.get(other) + " already gives " + gas + " for "
                            + activity + " in " + region + " per " + f.activityKind().description()
                            + (sector == null ? "" : " for sector " + sector)
                            + "; two rows may not both apply to one period");
                }
            }
            factors.computeIfAbsent(activity, k -> new ArrayList<>()).add(f);
            positions.put(f, r.position());
        }

        private boolean overlaps(EmissionFactor a, EmissionFactor b) {
            LocalDate aFrom = a.validFrom() == null ? LocalDate.MIN : a.validFrom();
            LocalDate aTo = a.validTo() == null ? LocalDate.MAX : a.validTo();
            LocalDate bFrom = b.validFrom() == null ? LocalDate.MIN : b.validFrom();
            LocalDate bTo = b.validTo() == null ? LocalDate.MAX : b.validTo();
            return !aTo.isBefore(bFrom) && !bTo.isBefore(aFrom);
        }

        private void defineOrCheck(Row r, ActivityId activity) {
            Optional<ActivityType> known = catalogue.apply(activity);
            String biogenicText = r.get("biogenic").toLowerCase(Locale.ROOT);
            if (!biogenicText.isEmpty() && !biogenicText.equals("true") && !biogenicText.equals("false")) {
                throw bad(r, "biogenic", "is true or false");
            }
            Scope scope = parse(r, "scope", Scope::parse);
            if (known.isPresent()) {
                ActivityType t = known.get();
                if (scope != null && scope != t.scope()) {
                    throw bad(r, "scope", activity + " is in the catalogue with scope " + t.scope()
                            + "; a table cannot change it (state the scope on the activity record instead)");
                }
                if (!biogenicText.isEmpty() && Boolean.parseBoolean(biogenicText) != t.biogenic()) {
                    throw bad(r, "biogenic", activity + " is in the catalogue with biogenic " + t.biogenic()
                            + "; a table cannot change it");
                }
                return;
            }
            ActivityType defined = newTypes.get(activity);
            if (defined == null) {
                if (scope == null) {
                    throw bad(r, "scope", "activity " + activity + " is not in the catalogue ('carbonledger factors"
                            + " list'); to define it, give its scope (1, 2 or 3) and, if its CO2 is biogenic, biogenic=true");
                }
                newTypes.put(activity, new ActivityType(activity, activity.id(), scope, Boolean.parseBoolean(biogenicText),
                        MethaneOrigin.COMBUSTION, "defined by user table " + info.id() + " (" + file + ")"));
            } else if ((scope != null && scope != defined.scope())
                    || (!biogenicText.isEmpty() && Boolean.parseBoolean(biogenicText) != defined.biogenic())) {
                throw bad(r, "scope", "activity " + activity + " was defined above with scope " + defined.scope()
                        + " and biogenic " + defined.biogenic() + "; every row of it must agree");
            }
        }

        UserTable build() {
            if (factors.isEmpty()) {
                throw new InvalidTableException(file, "", "", null, "has no factor rows");
            }
            return new UserTable(info, factors, List.copyOf(newTypes.values()), file);
        }
    }
}

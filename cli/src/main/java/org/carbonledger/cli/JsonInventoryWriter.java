package org.carbonledger.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carbonledger.activity.RejectedRow;
import org.carbonledger.factor.Conversion;
import org.carbonledger.factor.EmissionFactor;
import org.carbonledger.factor.ResolvedFactor;
import org.carbonledger.factor.TableInfo;
import org.carbonledger.factor.spi.FactorTable;
import org.carbonledger.ghg.Gas;
import org.carbonledger.inventory.ActivityResult;
import org.carbonledger.inventory.CalculationSettings;
import org.carbonledger.inventory.EmissionTotals;
import org.carbonledger.inventory.ExactSum;
import org.carbonledger.inventory.Inventory;
import org.carbonledger.inventory.MarketBasedScope2;
import org.carbonledger.inventory.PricedFactor;
import org.carbonledger.inventory.InventoryKey;

/**
 * Streams the JSON result of {@code carbonledger inventory} (DESIGN.md §6): records as they are
 * computed, rejected rows through a side file, then factors, counts and totals. Masses in kg.
 */
final class JsonInventoryWriter implements InventoryCommand.InventoryWriter {
    /** Doubles written by Schubfach, as {@link org.carbonledger.quantity.NumberText} writes the traces' numbers. */
    private static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();

    private final CalculationSettings settings;
    private final OutputStream out;
    private final JsonGenerator json;
    private final RecordBytes recordBytes = new RecordBytes();
    private boolean anyRecord;
    private final Path rejectedFile;
    private final JsonGenerator rejectedJson;
    private final Map<ResolvedFactor, String> factorKeys = new IdentityHashMap<>();
    /** Each factor under its key, with the first of its pricings (they differ by unit only) for its trace. */
    private final Map<String, PricedFactor> factors = new LinkedHashMap<>();
    private boolean anyRejected;
    private final Map<String, Gap> gaps = new java.util.TreeMap<>();

    /** Rows of one activity and region that no table covers. */
    private static final class Gap {
        final String activity;
        final String region;
        final String reason;
        long rows;

        Gap(String activity, String region, String reason) {
            this.activity = activity;
            this.region = region;
            this.reason = reason;
        }
    }

    /**
     * @param out where the result goes (closed by {@link #close})
     * @param settings the calculation's settings
     * @param defaultChain whether the chain is the default one
     */
    JsonInventoryWriter(OutputStream out, CalculationSettings settings, boolean defaultChain) {
        this.settings = settings;
        this.out = out;
        try {
            json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
            json.setPrettyPrinter(prettyPrinter());
            rejectedFile = Files.createTempFile("carbonledger-rejected-", ".json");
            rejectedJson = FACTORY.createGenerator(InventoryCommand.open(rejectedFile), JsonEncoding.UTF8);
            json.writeStartObject();
            json.writeStringField("gwp", settings.gwp().id());
            json.writeObjectFieldStart("settings");
            json.writeStringField("gwp", settings.gwp().id());
            json.writeStringField("gwp_source", settings.gwp().source());
            json.writeArrayFieldStart("chain");
            for (String id : settings.chain().ids()) {
                json.writeString(id);
            }
            json.writeEndArray();
            json.writeBooleanField("chain_is_default", defaultChain);
            json.writeStringField("default_sector", settings.defaultSector().code());
            json.writeStringField("masses", "kg");
            json.writeEndObject();
            json.writeArrayFieldStart("tables");
            for (FactorTable t : settings.chain().tables()) {
                TableInfo i = t.info();
                json.writeStartObject();
                json.writeStringField("id", i.id());
                json.writeStringField("name", i.name());
                json.writeStringField("edition", i.edition());
                json.writeStringField("publisher", i.publisher());
                json.writeStringField("document", i.document());
                json.writeStringField("licence", i.licence());
                json.writeStringField("attribution", i.attribution());
                json.writeStringField("valid_from", i.validFrom() == null ? null : i.validFrom().toString());
                json.writeStringField("valid_to", i.validTo() == null ? null : i.validTo().toString());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("records");
            // the records go to the stream as RecordBytes makes them; the generator resumes after them
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@link #prepare} gives a record: its factor's key and its trace. */
    private record Prepared(String key, List<String> trace) {
    }

    /**
     * Names the record's factor (a key of the factors list) and builds its trace, which cites
     * the factor by that key, here on the reading thread; the writing thread encodes the record
     * ({@link RecordBytes}). The two threads then take about the same time.
     */
    @Override
    public Object prepare(ActivityResult r) {
        String key = key(r.priced());
        return new Prepared(key, r.trace(key));
    }

    @Override
    public void record(long row, ActivityResult r, Object prepared) {
        Prepared p = (Prepared) prepared;
        try {
            recordBytes.write(out, anyRecord, row, r, p.key(), p.trace());
            anyRecord = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a record's JSON object as bytes, with the separator before it, exactly as the
     * generator with {@link #prettyPrinter()} writes it in the records array (JsonInventoryWriterTest
     * checks it byte for byte against the generator): the fixed text between values pre-encoded,
     * numbers as Jackson's fast double writer prints them, strings that need no escape encoded
     * straight to UTF-8 and the others written by a generator of their own. Going
     * through the generator value by value was the larger part of the writing thread's time (a
     * field name, a pretty-printer call and a value at a time, 20 per record). Not thread-safe.
     */
    static final class RecordBytes {
        private static final byte[] FIRST = fixed(" {\n    \"row\" : ");
        private static final byte[] NEXT = fixed(", {\n    \"row\" : ");
        private static final byte[] ID = fixed(",\n    \"id\" : ");
        private static final byte[] ACTIVITY = fixed(",\n    \"activity\" : ");
        private static final byte[] SITE = fixed(",\n    \"site\" : ");
        private static final byte[] PROCESS = fixed(",\n    \"process\" : ");
        private static final byte[] PERIOD = fixed(",\n    \"period\" : ");
        private static final byte[] REGION = fixed(",\n    \"region\" : ");
        private static final byte[] AMOUNT = fixed(",\n    \"amount\" : ");
        private static final byte[] UNIT = fixed(",\n    \"unit\" : ");
        private static final byte[] SCOPE = fixed(",\n    \"scope\" : ");
        private static final byte[] CO2E_KG = fixed(",\n    \"co2e_kg\" : ");
        private static final byte[] GASES_KG = fixed(",\n    \"gases_kg\" : {");
        private static final byte[] BIOGENIC_CO2_KG = fixed("\n    },\n    \"biogenic_co2_kg\" : ");
        private static final byte[] TABLE = fixed(",\n    \"table\" : ");
        private static final byte[] FACTOR = fixed(",\n    \"factor\" : ");
        private static final byte[] TAGS = fixed(",\n    \"tags\" : {");
        private static final byte[] TAGS_END = fixed("\n    }");
        private static final byte[] TRACE = fixed(",\n    \"trace\" : [ ");
        private static final byte[] END = fixed(" ]\n  }");
        private static final byte[] INNER_FIRST = fixed("\n      ");
        private static final byte[] INNER_NEXT = fixed(",\n      ");
        private static final byte[] NAME_VALUE = fixed(" : ");
        private static final byte[] VALUE_NEXT = fixed(", ");

        private char[] chars = new char[512];
        private final ByteArrayOutputStream escapes = new ByteArrayOutputStream();
        private byte[] b = new byte[8192];
        private int n;

        /** @return the text's bytes, its line breaks the pretty printer's ({@link DefaultIndenter#SYS_LF}) */
        private static byte[] fixed(String s) {
            return s.replace("\n", DefaultIndenter.SYS_LF).getBytes(StandardCharsets.US_ASCII);
        }

        void write(OutputStream out, boolean after, long row, ActivityResult r, String key, List<String> trace)
                throws IOException {
            var a = r.activity();
            n = 0;
            bytes(after ? NEXT : FIRST);
            ascii(Long.toString(row));
            bytes(ID);
            string(a.id());
            bytes(ACTIVITY);
            string(a.activity().id());
            bytes(SITE);
            string(a.site());
            bytes(PROCESS);
            string(a.process());
            bytes(PERIOD);
            string(a.period() == null ? "" : a.period().text());
            bytes(REGION);
            string(a.region().isGlobal() ? "" : a.region().id());
            bytes(AMOUNT);
            number(a.amount());
            bytes(UNIT);
            string(a.unit().symbol());
            bytes(SCOPE);
            string(r.scope().code());
            bytes(CO2E_KG);
            number(r.co2eKg());
            bytes(GASES_KG);
            boolean first = true;
            for (var e : r.gasesKg().entrySet()) {
                bytes(first ? INNER_FIRST : INNER_NEXT);
                string(e.getKey().id());
                bytes(NAME_VALUE);
                number(e.getValue());
                first = false;
            }
            bytes(BIOGENIC_CO2_KG);
            number(r.biogenicCo2Kg());
            bytes(TABLE);
            string(r.factor().table().id());
            bytes(FACTOR);
            string(key);
            if (!a.tags().isEmpty()) {
                bytes(TAGS);
                first = true;
                for (var e : a.tags().entrySet()) {
                    bytes(first ? INNER_FIRST : INNER_NEXT);
                    string(e.getKey());
                    bytes(NAME_VALUE);
                    string(e.getValue());
                    first = false;
                }
                bytes(TAGS_END);
            }
            bytes(TRACE);
            for (int l = 0; l < trace.size(); l++) {
                if (l > 0) {
                    bytes(VALUE_NEXT);
                }
                string(trace.get(l));
            }
            bytes(END);
            out.write(b, 0, n);
        }

        private void room(int more) {
            if (b.length - n < more) {
                b = Arrays.copyOf(b, Math.max(b.length * 2, n + more));
            }
        }

        private void bytes(byte[] x) {
            room(x.length);
            System.arraycopy(x, 0, b, n, x.length);
            n += x.length;
        }

        /** An ASCII text (digits), unquoted. */
        private void ascii(String s) {
            int len = s.length();
            room(len);
            s.getBytes(0, len, b, n);
            n += len;
        }

        /** A double as the generator's writeNumber writes it (non-finite ones as quoted strings). */
        private void number(double v) {
            String s = NumberOutput.toString(v, true);
            if (Double.isFinite(v)) {
                ascii(s);
            } else {
                room(s.length() + 2);
                b[n++] = '"';
                ascii(s);
                b[n++] = '"';
            }
        }

        /**
         * A string value as the generator's writeString writes it. Most trace lines hold a
         * non-ASCII character ('×'), after which Jackson's writeString encodes and escape-checks
         * character by character (a third of the JSON run's time in the first session, JFR); this
         * copies the characters out at once ({@code String.getChars}) and encodes them to UTF-8
         * while checking, in the same pass, for the characters Jackson escapes (below U+0020, '"'
         * and '\\'); a string with one of them or a surrogate goes to {@link #escaped}.
         */
        private void string(String s) {
            int len = s.length();
            room(3 * len + 2);
            if (chars.length < len) {
                chars = new char[Math.max(len, 2 * chars.length)];
            }
            s.getChars(0, len, chars, 0);
            int end = utf8(chars, len, b, n + 1);
            if (end < 0) {
                escaped(s);
                return;
            }
            b[n] = '"';
            b[end] = '"';
            n = end + 1;
        }

        /** @return the end of the encoded characters, or -1 if one of them must be escaped or is a surrogate */
        private static int utf8(char[] cs, int len, byte[] b, int at) {
            for (int i = 0; i < len; i++) {
                char c = cs[i];
                if (c < 0x80) {
                    if (c < 0x20 || c == '"' || c == '\\') {
                        return -1;
                    }
                    b[at++] = (byte) c;
                } else if (c < 0x800) {
                    b[at++] = (byte) (0xC0 | c >> 6);
                    b[at++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isSurrogate(c)) {
                    return -1;
                } else {
                    b[at++] = (byte) (0xE0 | c >> 12);
                    b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                    b[at++] = (byte) (0x80 | c & 0x3F);
                }
            }
            return at;
        }

        /** @return a string value's bytes, quotes included, as the generator's writeString writes them */
        byte[] jsonString(String s) {
            n = 0;
            string(s);
            return Arrays.copyOf(b, n);
        }

        /** A string with a character to escape or a surrogate: as the generator itself writes it. */
        private void escaped(String s) {
            escapes.reset();
            try (JsonGenerator g = FACTORY.createGenerator(escapes, JsonEncoding.UTF8)) {
                g.writeString(s);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            room(escapes.size());
            byte[] quoted = escapes.toByteArray();
            System.arraycopy(quoted, 0, b, n, quoted.length);
            n += quoted.length;
        }
    }

    /** @return a pretty printer that writes what Jackson's default one writes, faster */
    static DefaultPrettyPrinter prettyPrinter() {
        return new FastPrettyPrinter();
    }

    /**
     * Jackson's default pretty printer, writing its separators as pre-encoded strings: the
     * default writes each as a String that is copied to a character array and encoded character
     * by character, which, with a separator between every trace line and every field, was about
     * a fifth of the JSON run's time (JFR, 1M-row CLI run). Objects are indented by
     * {@link LineIndenter}. JsonInventoryWriterTest checks the output is the default's.
     */
    static final class FastPrettyPrinter extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;
        private final SerializedString fieldValueSeparator;
        private final SerializedString entrySeparator;
        private final SerializedString arrayValueSeparator;

        FastPrettyPrinter() {
            _objectIndenter = new LineIndenter();
            fieldValueSeparator = new SerializedString(_objectFieldValueSeparatorWithSpaces);
            entrySeparator = new SerializedString(_objectEntrySeparator);
            arrayValueSeparator = new SerializedString(_arrayValueSeparator);
        }

        private FastPrettyPrinter(FastPrettyPrinter base) {
            super(base);
            fieldValueSeparator = base.fieldValueSeparator;
            entrySeparator = base.entrySeparator;
            arrayValueSeparator = base.arrayValueSeparator;
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new FastPrettyPrinter(this);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(fieldValueSeparator);
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(entrySeparator);
            _objectIndenter.writeIndentation(g, _nesting);
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(arrayValueSeparator);
            _arrayIndenter.writeIndentation(g, _nesting);
        }
    }

    /**
     * Writes what Jackson's default object indenter ({@code DefaultIndenter.SYSTEM_LINEFEED_INSTANCE}:
     * a line break, two spaces per level) writes, as one pre-encoded string per level. The
     * default writes the line break and the spaces as two character arrays, each encoded
     * character by character. JsonInventoryWriterTest checks the output is the same.
     */
    static final class LineIndenter implements DefaultPrettyPrinter.Indenter {
        private SerializedString[] lines = new SerializedString[0];

        @Override
        public void writeIndentation(JsonGenerator g, int level) throws IOException {
            if (level >= lines.length) {
                SerializedString[] more = Arrays.copyOf(lines, level + 8);
                for (int i = lines.length; i < more.length; i++) {
                    more[i] = new SerializedString(DefaultIndenter.SYS_LF + "  ".repeat(i));
                }
                lines = more;
            }
            g.writeRaw(lines[level]);
        }

        @Override
        public boolean isInline() {
            return false;
        }
    }

    private String key(PricedFactor p) {
        return factorKeys.computeIfAbsent(p.factor(), x -> {
            String k = "F" + (factors.size() + 1);
            factors.put(k, p);
            return k;
        });
    }

    @Override
    public void rejected(RejectedRow r, InventoryCommand.RowText in) {
        try {
            anyRejected = true;
            rejectedJson.writeStartObject();
            if (in == null) {
                rejectedJson.writeStringField("file", r.source());
            }
            rejectedJson.writeNumberField("row", r.row());
            rejectedJson.writeStringField("column", r.column());
            rejectedJson.writeStringField("value", r.value());
            rejectedJson.writeStringField("reason", r.reason());
            if (!r.problems().isEmpty()) {
                rejectedJson.writeArrayFieldStart("problems");
                for (String p : r.problems()) {
                    rejectedJson.writeString(p);
                }
                rejectedJson.writeEndArray();
            }
            rejectedJson.writeEndObject();
            rejectedJson.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private org.carbonledger.intensity.IntensityCalculator.Result intensities;
    private List<RejectedRow> productionRejected = List.of();

    @Override
    public void intensities(org.carbonledger.intensity.IntensityCalculator.Result result, List<RejectedRow> rejected) {
        this.intensities = result;
        this.productionRejected = rejected;
        for (RejectedRow r : rejected) {
            this.rejected(r, null);
        }
    }

    @Override
    public void notCovered(org.carbonledger.factor.FactorNotFoundException e) {
        var q = e.query();
        String region = q.region().isGlobal() ? "" : q.region().id();
        gaps.computeIfAbsent(q.activity().id() + "|" + region + "|" + e.column(),
                k -> new Gap(q.activity().id(), region, "no table in the chain covers it (" + e.column() + "): "
                        + String.join("; ", e.attempts()))).rows++;
    }

    @Override
    public void finish(Inventory inventory, MarketBasedScope2.Result market, long rows, long rejected) {
        try {
            json.writeEndArray();
            rejectedJson.close();
            json.writeArrayFieldStart("rejected");
            json.flush();
            if (anyRejected) {
                try (var lines = Files.newBufferedReader(rejectedFile)) {
                    String line;
                    boolean first = true;
                    while ((line = lines.readLine()) != null) {
                        if (line.isBlank()) {
                            continue;
                        }
                        json.writeRaw((first ? "\n" : ",\n") + "    " + line.strip());
                        first = false;
                    }
                    json.writeRaw('\n');
                }
            }
            json.writeEndArray();
            json.writeObjectFieldStart("counts");
            json.writeNumberField("rows", rows);
            json.writeNumberField("accepted", rows - rejected);
            json.writeNumberField("rejected", rejected);
            json.writeEndObject();
            writeTotals(inventory, market);
            if (intensities != null) {
                json.writeArrayFieldStart("intensities");
                for (var i : intensities.intensities()) {
                    json.writeStartObject();
                    json.writeStringField("site", i.site());
                    json.writeStringField("process", i.process());
                    json.writeStringField("product", i.product());
                    json.writeStringField("period", i.period());
                    json.writeStringField("metric", i.metric());
                    json.writeNumberField("value", i.value());
                    json.writeStringField("unit", i.unit());
                    json.writeNumberField("numerator", i.numerator());
                    json.writeNumberField("denominator", i.denominator());
                    json.writeArrayFieldStart("trace");
                    for (String line : i.trace()) {
                        json.writeString(line);
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeArrayFieldStart("intensity_problems");
                for (String p : intensities.problems()) {
                    json.writeString(p);
                }
                json.writeEndArray();
            }
            json.writeArrayFieldStart("not_covered");
            for (Gap g : gaps.values()) {
                json.writeStartObject();
                json.writeStringField("activity", g.activity);
                json.writeStringField("region", g.region);
                json.writeNumberField("rows", g.rows);
                json.writeStringField("reason", g.reason);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("factors");
            for (var e : factors.entrySet()) {
                writeFactor(e.getKey(), e.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeTotals(Inventory inventory, MarketBasedScope2.Result market) throws IOException {
        EmissionTotals t = inventory.totals();
        json.writeObjectFieldStart("totals");
        json.writeNumberField("co2e_kg", t.co2eKg());
        writeGases(t);
        json.writeNumberField("biogenic_co2_kg", t.biogenicCo2Kg());
        Map<String, EmissionTotals> byScope = inventory.totalsBy(InventoryKey::scope);
        json.writeObjectFieldStart("by_scope_co2e_kg");
        for (String s : new String[] {"1", "2", "3"}) {
            EmissionTotals st = byScope.get(s);
            json.writeNumberField(s, st == null ? 0.0 : st.co2eKg());
        }
        json.writeEndObject();
        EmissionTotals scope2 = byScope.get("2");
        double location = scope2 == null ? 0.0 : scope2.co2eKg();
        ExactSum marketTotal = new ExactSum();
        marketTotal.add(location);
        marketTotal.add(-market.locationCo2eKg());
        marketTotal.add(market.marketCo2eKg());
        json.writeObjectFieldStart("scope2");
        json.writeNumberField("location_co2e_kg", location);
        json.writeNumberField("market_co2e_kg", marketTotal.doubleValue());
        json.writeStringField("market_method", market.allocations().isEmpty()
                ? "no scope 2 grid electricity (electricity/grid): the market-based total equals the location-based total"
                : "GHG Protocol Scope 2 Guidance (2015) Table 6.3: grid electricity priced by contractual instruments,"
                + " then by residual-mix factors, then (flagged) by location-based factors where no residual mix"
                + " exists; other scope 2 activities at their location-based factors");
        json.writeBooleanField("location_fallback", market.anyFallback());
        json.writeArrayFieldStart("allocations");
        for (MarketBasedScope2.Allocation a : market.allocations()) {
            json.writeStartObject();
            json.writeStringField("site", a.group().site());
            json.writeStringField("period", a.group().period());
            json.writeStringField("region", a.group().region());
            json.writeStringField("method", a.method());
            json.writeStringField("source", a.source());
            json.writeNumberField("energy_kwh", a.energyGj() / 0.0036);
            json.writeNumberField("co2e_kg", a.co2eKg());
            json.writeBooleanField("flagged", a.flagged());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("unused_instruments_kwh");
        for (var e : market.unusedGj().entrySet()) {
            json.writeNumberField(e.getKey(), e.getValue() / 0.0036);
        }
        json.writeEndObject();
        json.writeEndObject();
        writeBreakdown("by_site", inventory.totalsBy(InventoryKey::site));
        writeBreakdown("by_process", inventory.totalsBy(InventoryKey::process));
        writeBreakdown("by_period", inventory.totalsBy(InventoryKey::period));
        writeBreakdown("by_activity", inventory.totalsBy(InventoryKey::activity));
        json.writeEndObject();
    }

    private void writeGases(EmissionTotals t) throws IOException {
        json.writeObjectFieldStart("gases_kg");
        for (var e : t.gasesKg().entrySet()) {
            json.writeNumberField(e.getKey().id(), e.getValue());
        }
        json.writeEndObject();
    }

    private void writeBreakdown(String name, Map<String, EmissionTotals> totals) throws IOException {
        json.writeObjectFieldStart(name);
        for (var e : totals.entrySet()) {
            json.writeObjectFieldStart(e.getKey());
            json.writeNumberField("records", e.getValue().records());
            json.writeNumberField("co2e_kg", e.getValue().co2eKg());
            writeGases(e.getValue());
            json.writeNumberField("biogenic_co2_kg", e.getValue().biogenicCo2Kg());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private void writeFactor(String key, PricedFactor p) throws IOException {
        ResolvedFactor f = p.factor();
        json.writeObjectFieldStart(key);
        json.writeStringField("table", f.table().id());
        json.writeStringField("edition", f.table().edition());
        json.writeStringField("document", f.table().document());
        json.writeStringField("activity", f.query().activity().id());
        json.writeStringField("sector", f.query().sector().code());
        json.writeStringField("basis", f.basis() == null ? null : f.basis().code());
        json.writeStringField("why", f.why());
        if (!f.passedOver().isEmpty()) {
            json.writeArrayFieldStart("passed_over");
            for (String passed : f.passedOver()) {
                json.writeString(passed);
            }
            json.writeEndArray();
        }
        json.writeArrayFieldStart("conversions");
        for (Conversion c : f.conversions()) {
            json.writeStartObject();
            json.writeNumberField("value", c.value());
            json.writeStringField("unit", c.unit().symbol());
            json.writeStringField("basis", c.basis() == null ? null : c.basis().code());
            json.writeStringField("reference", c.source().reference());
            json.writeStringField("source_name", c.source().sourceName());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("gases");
        for (EmissionFactor e : f.factors()) {
            Gas g = e.gas();
            json.writeObjectFieldStart(g.id());
            json.writeNumberField("value", e.value());
            json.writeStringField("unit", e.unit().symbol());
            json.writeStringField("region", e.region().isGlobal() ? "global" : e.region().id());
            json.writeStringField("sector", e.sector() == null ? "any" : e.sector().code());
            json.writeStringField("reference", e.source().reference());
            json.writeStringField("source_name", e.source().sourceName());
            json.writeStringField("confidence", e.source().confidence());
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeArrayFieldStart("trace");
        for (String line : p.trace()) {
            json.writeString(line);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    @Override
    public void close() {
        try {
            json.close();
            rejectedJson.close();
            Files.deleteIfExists(rejectedFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}

package org.carbonledger.examples.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.carbonledger.CarbonLedgerVersion;
import org.carbonledger.csv.CsvReader;
import org.carbonledger.examples.docs.Markdown.Block;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The documentation works when copied (issue 15, item 5): every shell command of {@code README.md}
 * and {@code docs/*.md} runs, exactly as written, from the repository root; every Java snippet
 * compiles with the imports it shows; every JSON and XML block parses.
 *
 * <p><b>How a command runs.</b> {@code bash -c COMMAND} in a copy of the repository root that
 * holds what a user has after {@code mvn install}: {@code examples/data}, the committed
 * {@code ./carbonledger} script, {@code examples/target/classes}, and in place of the runnable
 * jar {@code cli/target/carbonledger-cli-VERSION-all.jar} a jar whose manifest names the CLI's main
 * class and this test's class path (during {@code mvn test} the shaded jar is not built yet; the
 * classes are the same). A copy, so that {@code --output report.html} does not write into the
 * working tree. The build commands themselves ({@code mvn ...}) are not run inside the build: each
 * must be one of {@link #BUILD_COMMANDS}, and is replaced by {@code true}.
 *
 * <p><b>What is checked.</b> The exit status, 0 unless the command ends in a comment such as
 * {@code # exit 3}; a JSON result on stdout parses as JSON, any other result of
 * {@code carbonledger} parses as CSV with a header and one field count; a file named by
 * {@code --output} exists and, if JSON, parses. Not the numbers: the inventory's JSON is being
 * reworked, and the numbers have their own tests.
 *
 * <p>Runnable commands go in {@code ```bash} blocks; a usage synopsis goes in a {@code ```text} block
 * and must read as one (placeholders such as {@code FILE} or {@code [options]}), so that no runnable
 * example escapes the test by its fence.
 */
class DocumentedCommandsTest {
    /** The build commands the documentation may show; they are the build this test runs in. */
    static final Set<String> BUILD_COMMANDS = Set.of("mvn -q install -DskipTests", "mvn -B -ntp install",
            "mvn -B test -Dtest='*ApiReportTest' -Dsurefire.failIfNoSpecifiedTests=false -Dcarbonledger.api.update=true");

    private static final Set<String> SHELL = Set.of("bash", "sh", "shell");
    private static final Pattern EXPECTED_EXIT = Pattern.compile("#\\s*exit\\s+(\\d+)\\s*$");
    private static final Pattern OUTPUT = Pattern.compile("--output[ =](\\S+)");
    private static final Pattern SYNOPSIS = Pattern.compile("\\[|\\||\\b(FILE|COLUMN|COL|ID|URL|DIR)\\b|\\.\\.\\.");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;
    private static Path root;
    private static Path sandbox;

    @BeforeAll
    static void repositoryAfterInstall() throws IOException {
        root = Markdown.root();
        sandbox = Files.createDirectories(work.resolve("repository"));
        copyTree(root.resolve("examples/data"), sandbox.resolve("examples/data"));
        copyTree(root.resolve("examples/target/classes"), sandbox.resolve("examples/target/classes"));
        Path script = Files.copy(root.resolve("carbonledger"), sandbox.resolve("carbonledger"));
        assertTrue(script.toFile().setExecutable(true), "chmod +x " + script);
        Path jar = Files.createDirectories(sandbox.resolve("cli/target"))
                .resolve("carbonledger-cli-" + CarbonLedgerVersion.current() + "-all.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "org.carbonledger.cli.CarbonLedgerCommand");
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry).toAbsolutePath().toUri().toString());
            }
        }
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", entries));
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            j.flush();
        }
        modulePath(sandbox.resolve("cli/target/modules"));
    }

    /**
     * In place of {@code cli/target/modules}, which the build fills at {@code package}: the modules the
     * command's module ({@code org.carbonledger.cli}) requires, directly or not, taken from this test's
     * class path (a jar as it is, a module's classes folder as an exploded module; the command's own
     * folder made a jar that names its main class, as the build's jar does), and nothing else, as the
     * build's folder holds the command's runtime dependencies only.
     */
    private static void modulePath(Path modules) throws IOException {
        Map<String, Path> found = new HashMap<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (entry.isEmpty() || (Files.isDirectory(p) && !Files.isRegularFile(p.resolve("module-info.class")))) {
                continue;
            }
            try {
                ModuleFinder.of(p).findAll().forEach(m -> found.putIfAbsent(m.descriptor().name(), p));
            } catch (FindException e) {
                // a jar that is no module (no descriptor and no name to derive): the command cannot need it
            }
        }
        Files.createDirectories(modules);
        Deque<String> todo = new ArrayDeque<>(List.of("org.carbonledger.cli"));
        Set<String> copied = new HashSet<>();
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!copied.add(name) || ModuleFinder.ofSystem().find(name).isPresent()) {
                continue;
            }
            Path from = found.get(name);
            assertTrue(from != null, "module " + name + ", which the command needs, is not on the test's class path");
            if (Files.isDirectory(from) && name.equals("org.carbonledger.cli")) {
                // as the build's jar: its descriptor names the main class, so that -m org.carbonledger.cli runs it
                java.util.spi.ToolProvider jar = java.util.spi.ToolProvider.findFirst("jar").orElseThrow();
                StringWriter log = new StringWriter();
                int status = jar.run(new java.io.PrintWriter(log), new java.io.PrintWriter(log), "--create", "--file",
                        modules.resolve(name + ".jar").toString(), "--main-class", "org.carbonledger.cli.CarbonLedgerCommand",
                        "-C", from.toString(), ".");
                assertEquals(0, status, log::toString);
            } else if (Files.isDirectory(from)) {
                copyTree(from, modules.resolve(name));
            } else {
                Files.copy(from, modules.resolve(from.getFileName()));
            }
            for (ModuleDescriptor.Requires r : ModuleFinder.of(from).find(name).orElseThrow().descriptor().requires()) {
                if (!r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)) {
                    todo.push(r.name());
                }
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        for (Path file : Markdown.userDocs(root)) {
            blocks.addAll(Markdown.blocks(file));
        }
        return blocks;
    }

    @TestFactory
    Stream<DynamicTest> everyShellCommand_runsFromTheRepositoryRoot() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Block b : blocks()) {
            if (!SHELL.contains(b.language())) {
                continue;
            }
            for (String command : Markdown.commands(b)) {
                tests.add(DynamicTest.dynamicTest(b.where(root) + ": " + command, () -> run(b, command)));
            }
        }
        assertTrue(tests.size() >= 10, "the README and docs show their commands: " + tests.size());
        return tests.stream();
    }

    private static void run(Block block, String command) throws Exception {
        String where = block.where(root) + ": " + command;
        StringBuilder runnable = new StringBuilder();
        for (String part : command.split("&&")) {
            String p = part.strip();
            if (p.startsWith("mvn ")) {
                assertTrue(BUILD_COMMANDS.contains(p), where + ": '" + p + "' is not a known build command " + BUILD_COMMANDS);
                p = "true";
            }
            runnable.append(runnable.length() == 0 ? "" : " && ").append(p);
        }
        Matcher exit = EXPECTED_EXIT.matcher(command);
        int expected = exit.find() ? Integer.parseInt(exit.group(1)) : 0;

        Path out = Files.createTempFile(work, "stdout", ".txt");
        Path err = Files.createTempFile(work, "stderr", ".txt");
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", runnable.toString()).directory(sandbox.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        Path javaHome = Path.of(System.getProperty("java.home"));
        Map<String, String> env = pb.environment();
        env.put("JAVA", javaHome.resolve("bin/java").toString()); // the ./carbonledger script's JVM
        env.put("PATH", javaHome.resolve("bin") + File.pathSeparator + env.getOrDefault("PATH", ""));
        Process process = pb.start();
        // a guard against a hung process, not a measure of speed
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(where + ": still running after 10 minutes");
        }
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        String report = where + "\n--- exit " + process.exitValue() + "\n--- stdout\n" + abbreviate(stdout)
                + "\n--- stderr\n" + abbreviate(stderr);
        assertEquals(expected, process.exitValue(), report);

        boolean carbonledger = command.contains("./carbonledger ") || command.contains(" -m org.carbonledger.cli");
        Matcher output = OUTPUT.matcher(command);
        if (output.find()) {
            Path file = sandbox.resolve(output.group(1));
            assertTrue(Files.isRegularFile(file) && Files.size(file) > 0, "no --output file " + file + "\n" + report);
            if (file.toString().endsWith(".json")) {
                assertTrue(JSON.readTree(file.toFile()).isObject(), report);
            }
        } else if (carbonledger) {
            assertResult(stdout, report);
        } else if (!runnable.toString().equals("true")) {
            assertTrue(!stdout.isBlank(), "the command printed nothing\n" + report);
        }
    }

    /** A result on stdout: JSON if it looks like JSON, otherwise CSV with a header and rows of its width. */
    private static void assertResult(String stdout, String report) throws IOException {
        assertTrue(!stdout.isBlank(), "no result on stdout\n" + report);
        String s = stdout.strip();
        if (s.startsWith("{") || s.startsWith("[")) {
            JsonNode json = JSON.readTree(s);
            assertTrue(json.isContainerNode(), report);
            return;
        }
        try (CsvReader csv = CsvReader.of(new StringReader(stdout), "stdout")) {
            int width = csv.header().size();
            int rows = 0;
            while (csv.next()) {
                rows++;
                assertEquals(width, csv.fieldCount(), "row " + csv.row() + " of the CSV result\n" + report);
            }
            assertTrue(width > 1 && rows > 0, "a CSV result with a header and rows\n" + report);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 4000 ? s : s.substring(0, 4000) + "\n... (" + s.length() + " characters)";
    }

    /**
     * A command written outside a shell block would escape the test: every line of another block
     * that starts with {@code carbonledger} must be a synopsis (placeholders, options in brackets).
     */
    @Test
    void commandLinesOutsideShellBlocks_areSynopses() {
        List<String> escaped = new ArrayList<>();
        for (Block b : blocks()) {
            if (SHELL.contains(b.language())) {
                continue;
            }
            for (String line : b.text().split("\n")) {
                String l = line.strip();
                if ((l.startsWith("carbonledger ") || l.startsWith("./carbonledger ") || l.startsWith("java ")
                        || l.startsWith("mvn ")) && !SYNOPSIS.matcher(l).find()) {
                    escaped.add(b.where(root) + " (```" + b.language() + "): " + l);
                }
            }
        }
        assertEquals(List.of(), escaped, "runnable commands outside ```bash blocks");
    }

    /**
     * The Java snippets of each document compile against the library, in order, as one method body
     * (a later snippet may use an earlier one's variables, as the README's batch example does), with
     * the imports the snippets show and no others.
     */
    @TestFactory
    Stream<DynamicTest> javaSnippets_compileWithTheImportsTheyShow() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : Markdown.userDocs(root)) {
            List<Block> java = Markdown.blocks(file).stream().filter(b -> b.language().equals("java")).toList();
            if (!java.isEmpty()) {
                tests.add(DynamicTest.dynamicTest(root.relativize(file).toString(), () -> compile(java)));
            }
        }
        assertTrue(tests.size() >= 2, "README and docs/productivity.md show Java");
        return tests.stream();
    }

    private static void compile(List<Block> snippets) throws IOException {
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        List<String> origin = new ArrayList<>(); // the Markdown line of each generated line
        List<String> importOrigin = new ArrayList<>();
        for (Block b : snippets) {
            String[] lines = b.text().split("\n");
            for (int i = 0; i < lines.length; i++) {
                String where = b.file().getFileName() + ":" + (b.line() + 1 + i);
                if (lines[i].startsWith("import ")) {
                    imports.append(lines[i]).append('\n');
                    importOrigin.add(where);
                } else {
                    body.append("        ").append(lines[i]).append('\n');
                    origin.add(where);
                }
            }
        }
        List<String> lineOrigin = new ArrayList<>(importOrigin);
        lineOrigin.add("(generated)");
        lineOrigin.add("(generated)");
        lineOrigin.addAll(origin);
        String source = imports + "class Snippets {\n    void run() throws Exception {\n" + body + "    }\n}\n";
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertTrue(compiler != null, "a JDK is needed to compile the snippets");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path classes = Files.createDirectories(work.resolve("snippets-" + System.nanoTime()));
        JavaFileObject unit = new SimpleJavaFileObject(java.net.URI.create("string:///Snippets.java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        boolean ok;
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            ok = compiler.getTask(new StringWriter(), files, diagnostics, List.of("-proc:none", "-d", classes.toString(),
                    "-classpath", System.getProperty("java.class.path")), null, List.of(unit)).call();
        }
        StringBuilder errors = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                int line = (int) d.getLineNumber() - 1;
                String at = line >= 0 && line < lineOrigin.size() ? lineOrigin.get(line) : "line " + (line + 1);
                errors.append(at).append(": ").append(d.getMessage(null)).append('\n');
            }
        }
        assertTrue(ok, "the Java snippets do not compile:\n" + errors + "\n--- as compiled\n" + source);
    }

    @Test
    void jsonBlocks_parse() throws IOException {
        int n = 0;
        for (Block b : blocks()) {
            if (b.language().equals("json")) {
                assertTrue(JSON.readTree(b.text()).isObject(), b.where(root));
                n++;
            }
        }
        assertTrue(n > 0);
    }

    /** The BOM snippet is well-formed and names this version, so that copying it gets this build. */
    @Test
    void xmlBlocks_areWellFormed_andTheBomSnippetNamesThisVersion() throws Exception {
        int boms = 0;
        for (Block b : blocks()) {
            if (!b.language().equals("xml")) {
                continue;
            }
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new org.xml.sax.InputSource(new StringReader(b.text())));
            if (b.text().contains("<artifactId>carbonledger-bom</artifactId>")) {
                boms++;
                assertEquals(CarbonLedgerVersion.current(), doc.getElementsByTagName("version").item(0).getTextContent(),
                        b.where(root));
            }
        }
        assertEquals(1, boms, "docs/design.md shows how to import the BOM");
    }
}

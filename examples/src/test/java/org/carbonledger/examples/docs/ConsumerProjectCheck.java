package org.carbonledger.examples.docs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.carbonledger.CarbonLedgerVersion;
import org.carbonledger.examples.docs.Markdown.Block;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Maven user's first build (issue 15): a fresh project, outside this reactor, that imports
 * {@code carbonledger-bom} and depends on {@code carbonledger-core} and
 * {@code carbonledger-factors} without naming their versions, compiles the Java snippets of
 * {@code README.md}'s "From Java" section as they stand there, and runs them on the class path and
 * on the module path (with a {@code module-info.java} that requires {@code org.carbonledger.factors}
 * only, and provides a factor-table plug-in of its own), with the same output both ways and the
 * result the README states.
 *
 * <p>It runs Maven ({@code maven.home}, the build's own) on the artifacts as installed in the
 * build's local repository, so it runs in the {@code install} phase, after this build installed
 * them (Surefire's {@code consumer} execution in the examples' POM), not with the unit tests; it
 * first checks that the installed core and factors jars are byte for byte the ones this build made,
 * so that it never passes on a stale installation. Offline when the build is.
 */
class ConsumerProjectCheck {
    private static final String VERSION = CarbonLedgerVersion.current();

    @Test
    void readmeSnippets_compileAndRun_onTheClassPathAndOnTheModulePath(@TempDir Path project) throws Exception {
        Path root = Markdown.root();
        Path repository = Path.of(required("carbonledger.localRepository"));
        for (String module : List.of("core", "factors")) {
            String name = "carbonledger-" + module + "-" + VERSION + ".jar";
            Path installed = repository.resolve("org/carbonledger/carbonledger-" + module + "/" + VERSION + "/" + name);
            Path built = root.resolve(module + "/target/" + name);
            assertTrue(Files.isRegularFile(installed) && Files.isRegularFile(built),
                    "run `mvn install`: this check uses the installed " + installed + " and compares it with " + built);
            assertArrayEquals(Files.readAllBytes(built), Files.readAllBytes(installed),
                    installed + " is not this build's jar: run `mvn install`");
        }

        writeProject(project, root);
        List<String> mvn = new ArrayList<>(List.of(Path.of(required("maven.home"), "bin", "mvn").toString(), "-B", "-q",
                "-Dmaven.repo.local=" + repository, "package", "dependency:build-classpath",
                "-Dmdep.outputFile=" + project.resolve("classpath.txt")));
        if (Boolean.getBoolean("carbonledger.offline")) {
            mvn.add(1, "-o");
        }
        for (String[] settings : new String[][] {{"-s", "carbonledger.userSettings"}, {"-gs", "carbonledger.globalSettings"}}) {
            String file = System.getProperty(settings[1], "");
            if (!file.isEmpty() && Files.isRegularFile(Path.of(file))) {
                mvn.addAll(1, List.of(settings[0], file));
            }
        }
        String build = run(project, mvn);
        String dependencies = Files.readString(project.resolve("classpath.txt"), StandardCharsets.UTF_8).strip();
        String jar = project.resolve("target/consumer-1.0.jar").toString();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        String onClassPath = run(project, List.of(java, "-cp", jar + File.pathSeparator + dependencies,
                "com.example.consumer.Readme"));
        String onModulePath = run(project, List.of(java, "-p", jar + File.pathSeparator + dependencies,
                "-m", "com.example.consumer/com.example.consumer.Readme"));

        // each way ran as it says: core in the unnamed module, then in its own
        assertTrue(onClassPath.endsWith("module=null\n"), onClassPath + build);
        assertTrue(onModulePath.endsWith("module=org.carbonledger.core\n"), onModulePath + build);
        assertEquals(results(onClassPath), results(onModulePath), "the class path and the module path give different results");
        // README: "103885.455 kg CO2e under AR6: 103785 + 1.85 × 27.0 + 0.185 × 273"
        assertTrue(onModulePath.startsWith("co2eKg=103885.455\n"), onModulePath);
        assertTrue(onModulePath.contains("totalCo2eKg=103885.455\n"), onModulePath);
        // the consumer's own plug-in is found both ways: by its module's provides, by its services file
        assertTrue(onModulePath.contains("plugin=true\n"), onModulePath);
    }

    /**
     * The command on the module path, as docs/design.md shows it, on the folder the build made
     * ({@code cli/target/modules}: the command's jar, which names its main class, and its runtime
     * dependencies), from the repository root. The documentation test runs the same command on a
     * folder it assembles, as the build's does not exist before {@code package}.
     */
    @Test
    void documentedModulePathCommand_runsOnTheFolderTheBuildMade() throws Exception {
        Path root = Markdown.root();
        String name = "carbonledger-cli-" + VERSION + ".jar";
        Path installed = Path.of(required("carbonledger.localRepository"), "org/carbonledger/carbonledger-cli", VERSION, name);
        assertArrayEquals(Files.readAllBytes(installed), Files.readAllBytes(root.resolve("cli/target/modules/" + name)),
                "cli/target/modules is not this build's: run `mvn install`");
        List<String> commands = new ArrayList<>();
        for (Block b : Markdown.blocks(root.resolve("docs/design.md"))) {
            if (b.language().equals("bash")) {
                Markdown.commands(b).stream().filter(c -> c.startsWith("java -p cli/target/modules ")).forEach(commands::add);
            }
        }
        assertEquals(1, commands.size(), "docs/design.md shows the command on the module path once: " + commands);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String out = run(root, List.of("bash", "-c", commands.get(0).replaceFirst("^java ", java.replace("\\", "/") + " ")));
        assertTrue(out.contains("\"records\"") && out.contains("\"accepted\" : 14"), out);
    }

    /** The output without its last line, which names core's module. */
    private static String results(String output) {
        return output.substring(0, output.lastIndexOf("module="));
    }

    /** The consumer's POM, descriptor and program: the README's Java blocks as the body of {@code main}. */
    private static void writeProject(Path project, Path root) throws IOException {
        Files.writeString(project.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId>
                  <artifactId>consumer</artifactId>
                  <version>1.0</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <dependencyManagement>
                    <dependencies>
                      <dependency>
                        <groupId>org.carbonledger</groupId>
                        <artifactId>carbonledger-bom</artifactId>
                        <version>%s</version>
                        <type>pom</type>
                        <scope>import</scope>
                      </dependency>
                    </dependencies>
                  </dependencyManagement>
                  <dependencies>
                    <dependency>
                      <groupId>org.carbonledger</groupId>
                      <artifactId>carbonledger-core</artifactId>
                    </dependency>
                    <dependency>
                      <groupId>org.carbonledger</groupId>
                      <artifactId>carbonledger-factors</artifactId>
                    </dependency>
                  </dependencies>
                  <build>
                    <plugins>
                      <plugin>
                        <artifactId>maven-compiler-plugin</artifactId>
                        <version>3.13.0</version>
                      </plugin>
                      <plugin>
                        <artifactId>maven-resources-plugin</artifactId>
                        <version>3.3.1</version>
                      </plugin>
                      <plugin>
                        <artifactId>maven-jar-plugin</artifactId>
                        <version>3.4.2</version>
                      </plugin>
                      <plugin>
                        <artifactId>maven-surefire-plugin</artifactId>
                        <version>3.5.2</version>
                      </plugin>
                      <plugin>
                        <artifactId>maven-dependency-plugin</artifactId>
                        <version>3.8.1</version>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(VERSION), StandardCharsets.UTF_8);
        Path sources = Files.createDirectories(project.resolve("src/main/java/com/example/consumer"));
        Files.writeString(project.resolve("src/main/java/module-info.java"), """
                module com.example.consumer {
                    requires org.carbonledger.factors;
                    provides org.carbonledger.factor.spi.FactorTableProvider with com.example.consumer.Widgets;
                }
                """, StandardCharsets.UTF_8);
        // a plug-in of its own, as a user's module declares it and as a jar on the class path does
        Files.writeString(sources.resolve("Widgets.java"), """
                package com.example.consumer;

                import java.util.List;
                import org.carbonledger.activity.ActivityId;
                import org.carbonledger.activity.ActivityType;
                import org.carbonledger.activity.Scope;
                import org.carbonledger.factor.spi.FactorTable;
                import org.carbonledger.factor.spi.FactorTableProvider;
                import org.carbonledger.ghg.MethaneOrigin;

                public final class Widgets implements FactorTableProvider {
                    @Override
                    public List<FactorTable> tables() {
                        return List.of();
                    }

                    @Override
                    public List<ActivityType> activityTypes() {
                        return List.of(new ActivityType(ActivityId.of("consumer/widget"), "Widget", Scope.SCOPE_3, false,
                                MethaneOrigin.COMBUSTION, "a plug-in's own activity"));
                    }
                }
                """, StandardCharsets.UTF_8);
        Path services = Files.createDirectories(project.resolve("src/main/resources/META-INF/services"));
        Files.writeString(services.resolve("org.carbonledger.factor.spi.FactorTableProvider"),
                "com.example.consumer.Widgets\n", StandardCharsets.UTF_8);
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        List<Block> java = Markdown.blocks(root.resolve("README.md")).stream().filter(b -> b.language().equals("java")).toList();
        assertTrue(java.size() >= 2, "README.md shows the record path and the batch path in Java");
        for (Block b : java) {
            for (String line : b.text().split("\n")) {
                if (line.startsWith("import ")) {
                    imports.append(line).append('\n');
                } else {
                    body.append("        ").append(line).append('\n');
                }
            }
        }
        Files.writeString(sources.resolve("Readme.java"), "package com.example.consumer;\n\n" + imports + """

                public final class Readme {
                    public static void main(String[] args) throws Exception {
                %s
                        System.out.println("co2eKg=" + result.co2eKg());
                        System.out.println("gasesKg=" + result.gasesKg());
                        System.out.println("totalCo2eKg=" + inventory.totals().co2eKg());
                        System.out.println("batchCo2eKg=" + hour.totals().co2eKg());
                        System.out.println("plugin=" + registry.findActivityType(ActivityId.of("consumer/widget")).isPresent());
                        System.out.println("module=" + FactorRegistry.class.getModule().getName());
                    }
                }
                """.formatted(body), StandardCharsets.UTF_8);
    }

    private static String run(Path dir, List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("carbonledger-consumer", ".txt"); // not in dir, which may be the repository
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), () -> "timed out: " + command);
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        assertEquals(0, p.exitValue(), () -> String.join(" ", command) + "\n" + out);
        return out;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        assertTrue(value != null && !value.isBlank() && !value.startsWith("${"),
                property + " is not set: this check runs in the build (mvn install), which sets it");
        return value;
    }
}

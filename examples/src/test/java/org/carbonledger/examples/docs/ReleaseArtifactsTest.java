package org.carbonledger.examples.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.carbonledger.CarbonLedgerVersion;
import org.carbonledger.factor.FactorRegistry;
import org.carbonledger.factor.TableInfo;
import org.carbonledger.factor.spi.FactorTable;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What other projects depend on (issue 15, items 3 and 4), checked on the POMs and files of the
 * repository: the metadata Maven Central requires, a BOM that lists every deployed module at the
 * project's version, examples and benchmarks kept out of deployment, a fixed output timestamp for
 * reproducible jars, the whole Apache licence, and a NOTICE that names the licence and attribution
 * of every bundled table. (That two builds give identical jars is checked by building twice:
 * {@code .ci/check-reproducible}, run by CI.)
 */
class ReleaseArtifactsTest {
    private static Document pom(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    /** The text of the first element of that name that is a child of the document's root. */
    private static String top(Document pom, String name) {
        NodeList children = pom.getDocumentElement().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node n = children.item(i);
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().strip();
            }
        }
        return "";
    }

    private static List<String> modules(Document parent) {
        List<String> modules = new ArrayList<>();
        NodeList list = parent.getElementsByTagName("module");
        for (int i = 0; i < list.getLength(); i++) {
            modules.add(list.item(i).getTextContent().strip());
        }
        return modules;
    }

    private static boolean deploySkipped(Document pom) {
        NodeList skip = pom.getElementsByTagName("maven.deploy.skip");
        return skip.getLength() == 1 && skip.item(0).getTextContent().strip().equals("true");
    }

    /** Central rejects a POM without name, description, url, licence, developers and scm. */
    @Test
    void parentAndBom_carryTheMetadataCentralRequires() throws Exception {
        Path root = Markdown.root();
        for (Path file : List.of(root.resolve("pom.xml"), root.resolve("bom/pom.xml"))) {
            Document pom = pom(file);
            for (String element : List.of("name", "description", "url", "licenses", "developers", "scm")) {
                assertFalse(top(pom, element).isEmpty(), file + " has no " + element);
            }
            assertTrue(top(pom, "licenses").contains("Apache License, Version 2.0"), file.toString());
            assertEquals(1, pom.getElementsByTagName("project.build.outputTimestamp").getLength(),
                    file + ": reproducible jars need project.build.outputTimestamp");
        }
    }

    /**
     * The BOM pins every module that is deployed, and nothing else, at the project's version; the
     * examples and benchmarks are not deployed. (The BOM had no test: a new module would be missing.)
     */
    @Test
    void bom_listsEveryDeployedModule_atTheProjectVersion() throws Exception {
        Path root = Markdown.root();
        Document parent = pom(root.resolve("pom.xml"));
        Document bom = pom(root.resolve("bom/pom.xml"));
        assertEquals(CarbonLedgerVersion.current(), top(parent, "version"));
        assertEquals(CarbonLedgerVersion.current(), top(bom, "version"));
        assertEquals("", top(bom, "parent"), "the BOM must not inherit the parent's third-party versions");
        Set<String> deployed = new TreeSet<>();
        Set<String> skipped = new TreeSet<>();
        for (String module : modules(parent)) {
            if (module.equals("bom")) {
                continue;
            }
            Document pom = pom(root.resolve(module).resolve("pom.xml"));
            (deploySkipped(pom) ? skipped : deployed).add(top(pom, "artifactId"));
        }
        assertEquals(Set.of("carbonledger-examples", "carbonledger-benchmarks"), skipped);
        Set<String> pinned = new TreeSet<>();
        NodeList deps = bom.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            pinned.add(d.getElementsByTagName("artifactId").item(0).getTextContent().strip());
            assertEquals("${project.version}", d.getElementsByTagName("version").item(0).getTextContent().strip());
        }
        assertEquals(deployed, pinned);
    }

    /**
     * The footer of every javadoc page states the licence the POM states; the plugin's default said
     * "All rights reserved" (and the build year, which changed the jar every year).
     */
    @Test
    void javadocFooter_statesTheApacheLicence() throws Exception {
        NodeList bottoms = pom(Markdown.root().resolve("pom.xml")).getElementsByTagName("bottom");
        assertEquals(1, bottoms.getLength(), "the parent POM sets the javadoc footer");
        String bottom = bottoms.item(0).getTextContent();
        assertTrue(bottom.contains("Apache License, Version 2.0") && !bottom.toLowerCase(java.util.Locale.ROOT)
                .contains("all rights reserved") && !bottom.contains("currentYear"), bottom);
    }

    /** LICENSE is the whole Apache License 2.0, not a pointer to it. */
    @Test
    void license_isTheWholeApacheLicence() throws Exception {
        String text = Files.readString(Markdown.root().resolve("LICENSE"), StandardCharsets.UTF_8);
        assertTrue(text.contains("Apache License") && text.contains("Version 2.0, January 2004"), "title");
        for (String clause : List.of("1. Definitions.", "4. Redistribution.", "9. Accepting Warranty or Additional Liability.",
                "END OF TERMS AND CONDITIONS", "APPENDIX: How to apply the Apache License to your work.")) {
            assertTrue(text.contains(clause), "LICENSE lacks: " + clause);
        }
    }

    /**
     * NOTICE names every bundled table by id, with the words of its licence and attribution, so a
     * new table cannot ship without its notice.
     */
    @Test
    void notice_namesEveryBundledTable_withItsLicenceAndAttribution() throws Exception {
        String notice = Files.readString(Markdown.root().resolve("NOTICE"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        List<String> missing = new ArrayList<>();
        int tables = 0;
        for (FactorTable table : FactorRegistry.discover().tables()) {
            if (!table.getClass().getName().startsWith("org.carbonledger.factors.")) {
                continue; // the examples' own plug-in, not bundled in a jar of ours
            }
            tables++;
            TableInfo info = table.info();
            if (!notice.contains(info.id())) {
                missing.add(info.id() + ": id");
            }
            for (String keyWords : new String[] {"Open Government Licence v3.0", "public domain", "© IPCC",
                "Crown copyright, Department for Energy Security and Net Zero", "no open licence"}) {
                String both = (info.licence() + " " + info.attribution()).toLowerCase(java.util.Locale.ROOT);
                if (both.contains(keyWords.toLowerCase(java.util.Locale.ROOT).replace("© ipcc", "ipcc copyright"))
                        && !notice.toLowerCase(java.util.Locale.ROOT).contains(keyWords.toLowerCase(java.util.Locale.ROOT))) {
                    missing.add(info.id() + ": " + keyWords);
                }
            }
        }
        assertEquals(9, tables, "the built-in tables");
        assertEquals(List.of(), missing, "NOTICE lacks");
    }
}

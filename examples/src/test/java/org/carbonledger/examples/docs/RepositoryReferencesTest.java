package org.carbonledger.examples.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything a user is pointed at is in the repository (issue 15, item 5): no file names the
 * project's working folders outside it ({@code ../shared/DESIGN.md}, {@code
 * ../shared/factors/README.md}: a user of the repository cannot open them), and every relative
 * link of the Markdown pages leads to a file of the repository.
 */
class RepositoryReferencesTest {
    private static final List<String> OUTSIDE = List.of("../shared", "/work/shared", "project workspace", "DESIGN.md", "STYLE.md");
    private static final Set<String> TEXT = Set.of("md", "java", "csv", "json", "xml", "properties", "txt", "sh", "awk",
            "yml", "yaml");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s#]+)(#[^)\\s]*)?\\)");

    private static List<Path> repositoryFiles(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> {
                        Path rel = root.relativize(p);
                        for (Path part : rel) {
                            String s = part.toString();
                            if (s.equals("target") || s.startsWith(".") && !s.equals(".ci")) {
                                return false;
                            }
                        }
                        String name = p.getFileName().toString();
                        int dot = name.lastIndexOf('.');
                        return dot < 0 ? !name.contains("LICENSE") : TEXT.contains(name.substring(dot + 1));
                    })
                    .sorted().toList();
        }
    }

    @Test
    void noFile_pointsAtFoldersOutsideTheRepository() throws IOException {
        Path root = Markdown.root();
        List<String> found = new ArrayList<>();
        List<Path> files = repositoryFiles(root);
        for (Path f : files) {
            String text;
            try {
                text = Files.readString(f, StandardCharsets.UTF_8);
            } catch (MalformedInputException binary) {
                continue;
            }
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                for (String outside : OUTSIDE) {
                    if (lines[i].contains(outside) && !f.getFileName().toString().equals("RepositoryReferencesTest.java")) {
                        found.add(root.relativize(f) + ":" + (i + 1) + ": " + lines[i].strip());
                    }
                }
            }
        }
        assertTrue(files.size() > 100, "the walk found the repository's files: " + files.size());
        assertEquals(List.of(), found, "pointers to files outside the repository");
    }

    @Test
    void markdownLinks_leadToFilesOfTheRepository() throws IOException {
        Path root = Markdown.root();
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path f : repositoryFiles(root)) {
            if (!f.toString().endsWith(".md")) {
                continue;
            }
            Matcher m = LINK.matcher(Files.readString(f, StandardCharsets.UTF_8));
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue; // https:, mailto:
                }
                links++;
                Path resolved = f.getParent().resolve(target).normalize();
                if (!resolved.startsWith(root) || !Files.exists(resolved)) {
                    broken.add(root.relativize(f) + ": " + target);
                }
            }
        }
        assertTrue(links > 5, "links found: " + links);
        assertEquals(List.of(), broken, "links to nothing in the repository");
    }
}

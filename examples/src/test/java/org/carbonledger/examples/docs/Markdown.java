package org.carbonledger.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The user documentation of the repository, read as fenced code blocks: {@code README.md} at the
 * root and every {@code docs/*.md}. ({@code benchmarks/README.md} is the benchmarks' lab book:
 * its commands run JMH for minutes and are not part of this.)
 */
final class Markdown {
    /** A fenced block: the file, the line of its opening fence (1-based), its info string and text. */
    record Block(Path file, int line, String language, String text) {
        /** @return where the block is, as {@code docs/energy.md:19} */
        String where(Path root) {
            return root.relativize(file).toString().replace('\\', '/') + ":" + line;
        }
    }

    private Markdown() {
    }

    /** @return the repository root: the folder above the examples module, which holds the {@code carbonledger} script */
    static Path root() {
        Path root = Path.of("").toAbsolutePath().getParent();
        if (!Files.isRegularFile(root.resolve("carbonledger")) || !Files.isDirectory(root.resolve("docs"))) {
            throw new IllegalStateException("run from the examples module of the repository: no carbonledger script"
                    + " or docs folder in " + root);
        }
        return root;
    }

    /** @return README.md and docs/*.md, in name order */
    static List<Path> userDocs(Path root) {
        List<Path> files = new ArrayList<>();
        files.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** @return the fenced blocks of a file, in order; an unclosed fence is an error naming its line */
    static List<Block> blocks(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String open = lines.get(i);
            if (!open.startsWith("```")) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            int j = i + 1;
            while (j < lines.size() && !lines.get(j).startsWith("```")) {
                text.append(lines.get(j)).append('\n');
                j++;
            }
            if (j == lines.size()) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": a fenced block is never closed");
            }
            blocks.add(new Block(file, i + 1, open.substring(3).strip(), text.toString()));
            i = j;
        }
        return blocks;
    }

    /**
     * The commands of a shell block: lines joined where they end in a backslash; blank lines and
     * lines that hold only a comment left out.
     */
    static List<String> commands(Block block) {
        List<String> commands = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : block.text().split("\n", -1)) {
            if (current.length() == 0 && (line.isBlank() || line.strip().startsWith("#"))) {
                continue;
            }
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
            } else {
                current.append(line);
                commands.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            commands.add(current.toString().strip());
        }
        return commands;
    }
}

package org.carbonledger.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Writes HTML (and the SVG inside it) so that no text can reach the page unescaped: elements and
 * attributes are named by the code (names are checked), and every value, whether element text or
 * attribute value, is escaped here, the one place that does it. The only markup written as it
 * stands is the report's own style sheet, a constant. Elements are closed in order; a page with an
 * element left open is an error.
 *
 * <p>Not thread-safe.
 */
final class HtmlWriter {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");
    private static final Pattern VOID = Pattern.compile("meta|link|br|line|rect|hr");

    private final StringBuilder b = new StringBuilder(1 << 16);
    private final Deque<String> open = new ArrayDeque<>();

    /**
     * Opens an element.
     *
     * @param tag its name
     * @param attributes name, value, name, value ...: values are escaped (a null value leaves the attribute out)
     * @return this writer
     */
    HtmlWriter start(String tag, Object... attributes) {
        tag(tag, attributes);
        b.append('>');
        open.push(tag);
        return this;
    }

    /**
     * Writes an element without content ({@code <rect ... />}, {@code <meta ...>}).
     *
     * @param tag its name
     * @param attributes name, value pairs
     * @return this writer
     */
    HtmlWriter empty(String tag, Object... attributes) {
        tag(tag, attributes);
        b.append(VOID.matcher(tag).matches() && !open.contains("svg") ? ">" : "/>");
        return this;
    }

    private void tag(String tag, Object... attributes) {
        name(tag);
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs: " + attributes.length);
        }
        b.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            String name = String.valueOf(attributes[i]);
            name(name);
            if (attributes[i + 1] != null) {
                b.append(' ').append(name).append("=\"");
                escape(String.valueOf(attributes[i + 1]));
                b.append('"');
            }
        }
    }

    private static void name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an element or attribute name: " + name);
        }
    }

    /**
     * Closes the innermost open element.
     *
     * @param tag its name, checked
     * @return this writer
     */
    HtmlWriter end(String tag) {
        String top = open.pop();
        if (!top.equals(tag)) {
            throw new IllegalStateException("closing " + tag + " while " + top + " is open");
        }
        b.append("</").append(tag).append('>');
        return this;
    }

    /**
     * Writes text, escaped.
     *
     * @param text the text, possibly from an untrusted file; null writes nothing
     * @return this writer
     */
    HtmlWriter text(Object text) {
        if (text != null) {
            escape(String.valueOf(text));
        }
        return this;
    }

    /**
     * Writes an element with text content.
     *
     * @param tag its name
     * @param text its text, escaped
     * @param attributes name, value pairs
     * @return this writer
     */
    HtmlWriter element(String tag, Object text, Object... attributes) {
        return start(tag, attributes).text(text).end(tag);
    }

    /** Writes a line break in the source, for people reading it. */
    HtmlWriter newline() {
        b.append('\n');
        return this;
    }

    /** Starts the document. */
    HtmlWriter doctype() {
        b.append("<!DOCTYPE html>\n");
        return this;
    }

    /**
     * Writes a style element with the page's own style sheet: a constant of the report, never
     * text from input.
     *
     * @param css the style sheet
     * @return this writer
     */
    HtmlWriter style(String css) {
        if (css.contains("</") || css.contains("<!--")) {
            throw new IllegalArgumentException("a style sheet must not contain '</' or '<!--'");
        }
        b.append("<style>\n").append(css).append("</style>");
        return this;
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F ? ' ' : c);
            }
        }
    }

    /**
     * Gets the page.
     *
     * @return the HTML
     * @throws IllegalStateException if an element is left open
     */
    String html() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("elements left open: " + open);
        }
        return b.toString();
    }
}

package org.carbonledger.internal;

/**
 * Text as a message may show it: characters a terminal would not show, or would act on, are
 * written as {@code <U+XXXX>}.
 *
 * <p>A value quoted in a message (a rejected row's reason, a fatal error on stderr) may hold a NUL,
 * an escape sequence, a zero-width space or a second byte-order mark. Written raw, the first ones
 * reach the terminal as control codes and the others are invisible, so {@code 'amount'} and
 * {@code 'amount<U+200B>'} would look alike and the message would not say what is wrong. Shown
 * this way: C0 and C1 controls and DEL (tab, line feed and carriage return included), format
 * characters (zero-width spaces and joiners, bidirectional controls, the byte-order mark, the soft
 * hyphen), separators other than the plain space (the no-break space), unpaired surrogates,
 * private-use and unassigned code points, and U+FFFD (the mark of undecodable bytes). Stateless.
 */
public final class VisibleText {
    private VisibleText() {
    }

    /**
     * Shows a text with its invisible and control characters written as {@code <U+XXXX>}.
     *
     * @param text any text; null gives "null"
     * @return the text itself when every character is visible, else a copy with the others shown
     */
    public static String of(String text) {
        if (text == null) {
            return "null";
        }
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (hidden(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 16).append(text, 0, i);
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (hidden(c)) {
                b.append(String.format("<U+%04X>", c));
            } else {
                b.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return b.toString();
    }

    /**
     * Tells whether a text holds a character {@link #of} would show as a code.
     *
     * @param text any text
     * @return true if it does
     */
    public static boolean hasHidden(String text) {
        return !of(text).equals(text);
    }

    private static boolean hidden(int c) {
        if (c == ' ') {
            return false;
        }
        if (c == 0xFFFD) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED -> true;
            default -> false;
        };
    }
}

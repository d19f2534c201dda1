package org.carbonledger.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;

/**
 * Decodes UTF-8 and marks, rather than throws at, bytes that are not UTF-8, so that the
 * {@link CsvReader} can reject the one record that holds them, at its own row.
 *
 * <p>An {@code InputStreamReader} with a reporting decoder throws when it meets a bad byte while
 * reading ahead, a chunk before the record that holds it: the error named row 1 for a fault in
 * row 3, row 39,847 for one in row 40,001, and ended the file. Here each bad sequence becomes one
 * {@link #MARK} character whose position is remembered; {@link #isBad(long)} tells a marked
 * character from a U+FFFF the file itself holds. Positions are remembered only as far ahead as the
 * reader has decoded (a chunk), so memory stays bounded. Not thread-safe.
 */
final class Utf8Input extends Reader {
    /** The character that stands for a bad sequence: U+FFFF, a noncharacter, rare in text. */
    static final char MARK = '\uFFFF';

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final ArrayDeque<Long> badAt = new ArrayDeque<>();
    private final ArrayDeque<String> badBytes = new ArrayDeque<>();
    private String lastBadBytes = "";
    private long emitted;
    private boolean eof;

    Utf8Input(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (true) {
            CoderResult r = decoder.decode(bytes, out, eof);
            if (r.isError()) {
                if (!out.hasRemaining()) {
                    break; // met again on the next call
                }
                badAt.add(emitted + out.position() - off);
                badBytes.add(hex(r.length()));
                bytes.position(bytes.position() + r.length());
                out.put(MARK);
                continue;
            }
            if (r.isOverflow() || out.position() > off || eof) {
                break;
            }
            bytes.compact();
            int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
        int count = out.position() - off;
        emitted += count;
        return count == 0 && eof ? -1 : count;
    }

    private String hex(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(String.format("0x%02X", bytes.get(bytes.position() + i) & 0xFF));
        }
        return (n == 1 ? "byte " : "bytes ") + b;
    }

    /**
     * Tells whether the {@link #MARK} at a position stands for bad bytes. Positions must be asked
     * in increasing order, as a reader meets them.
     *
     * @param position the character's position in the decoded text
     * @return true if it stands for bytes that are not UTF-8
     */
    boolean isBad(long position) {
        while (!badAt.isEmpty() && badAt.peek() < position) {
            badAt.poll();
            badBytes.poll();
        }
        if (!badAt.isEmpty() && badAt.peek() == position) {
            badAt.poll();
            lastBadBytes = badBytes.poll();
            return true;
        }
        return false;
    }

    /** @return the bad bytes last found by {@link #isBad}, such as "byte 0xE9" */
    String lastBadBytes() {
        return lastBadBytes;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

package org.carbonledger.cli;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The nearest of some names to a mistyped one, for "did you mean inventory?".
 *
 * <p>Nearness is the optimal string alignment distance (Levenshtein with adjacent transpositions,
 * as in "inventroy"), ignoring case. A name is suggested only when it is clearly the one meant: at
 * most a third of the typed length away (at least 1, at most 3 edits), or when the typed text is a
 * prefix of exactly one name. Ties are not broken by a guess: two equally near names give no
 * suggestion.
 */
final class Suggestions {
    private Suggestions() {
    }

    /**
     * @param typed what the user typed
     * @param names the valid names
     * @return the single nearest valid name, if one is near enough
     */
    static Optional<String> nearest(String typed, Collection<String> names) {
        String t = typed.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, Math.min(3, t.replaceFirst("^-+", "").length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        String prefixOf = null;
        int prefixCount = 0;
        for (String name : names) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.startsWith(t) && t.replaceFirst("^-+", "").length() >= 2) {
                prefixOf = name;
                prefixCount++;
            }
            int d = distance(t, n);
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance && !name.equals(best)) {
                tie = true;
            }
        }
        if (best != null && bestDistance <= limit && !tie) {
            return Optional.of(best);
        }
        return prefixCount == 1 ? Optional.of(prefixOf) : Optional.empty();
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}

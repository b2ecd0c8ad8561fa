// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean ...": the known names nearest to a mistyped one. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The candidates within a small edit distance of {@code input} (case-insensitive), nearest first, at
     * most {@code limit}. Nothing when no candidate is near.
     */
    public static List<String> nearest(String input, Collection<String> candidates, int limit) {
        String in = input.toLowerCase(Locale.ROOT);
        int max = Math.max(1, Math.min(3, in.length() / 4 + 1));
        return candidates.stream()
                .distinct()
                .map(c -> new Scored(c, distance(in, c.toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance() <= max && !s.candidate().equals(input))
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
                .limit(limit)
                .map(Scored::candidate)
                .toList();
    }

    /** " (did you mean 'a' or 'b'?)", or "" when there is nothing to suggest. */
    public static String didYouMean(String input, Collection<String> candidates) {
        List<String> near = nearest(input, candidates, 3);
        if (near.isEmpty()) {
            return "";
        }
        return " (did you mean " + String.join(" or ", near.stream().map(s -> "'" + s + "'").toList()) + "?)";
    }

    private record Scored(String candidate, int distance) {
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

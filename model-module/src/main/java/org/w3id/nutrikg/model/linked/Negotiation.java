// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.linked;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP content negotiation on the {@code Accept} header (RFC 9110, section 12.5.1): each offered type gets the
 * quality of the most specific range that matches it ({@code text/turtle} before {@code text/*} before
 * {@code *}{@code /*}); the offer with the highest quality above 0 wins, and among equals the one offered first.
 */
public final class Negotiation {

    private record Range(String type, String subtype, double q) {
        /** 3 for type/subtype, 2 for type/*, 1 for *&#47;*, 0 for no match. */
        int specificity(String offerType, String offerSubtype) {
            if (type.equals("*") && subtype.equals("*")) {
                return 1;
            }
            if (!type.equals(offerType)) {
                return 0;
            }
            if (subtype.equals("*")) {
                return 2;
            }
            return subtype.equals(offerSubtype) ? 3 : 0;
        }
    }

    private Negotiation() {
    }

    /**
     * The offered media type the {@code accept} header prefers, or nothing when it accepts none of them. A
     * missing or blank header accepts anything: the first offer.
     */
    public static Optional<String> choose(String accept, List<String> offers) {
        if (offers.isEmpty()) {
            return Optional.empty();
        }
        if (accept == null || accept.isBlank()) {
            return Optional.of(offers.get(0));
        }
        List<Range> ranges = parse(accept);
        String best = null;
        double bestQ = 0;
        for (String offer : offers) {
            String[] parts = offer.toLowerCase(Locale.ROOT).split("/", 2);
            int specificity = 0;
            double q = 0;
            for (Range r : ranges) {
                int s = r.specificity(parts[0], parts[1]);
                if (s > specificity) {
                    specificity = s;
                    q = r.q();
                }
            }
            if (q > bestQ) {
                bestQ = q;
                best = offer;
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<Range> parse(String accept) {
        List<Range> out = new ArrayList<>();
        for (String item : accept.split(",")) {
            String[] params = item.split(";");
            String range = params[0].strip().toLowerCase(Locale.ROOT);
            int slash = range.indexOf('/');
            if (range.equals("*")) {
                range = "*/*";
                slash = 1;
            }
            if (slash <= 0 || slash == range.length() - 1) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < params.length; i++) {
                String p = params[i].strip();
                if (p.length() > 2 && (p.startsWith("q=") || p.startsWith("Q="))) {
                    try {
                        q = Math.max(0, Math.min(1, Double.parseDouble(p.substring(2).strip())));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            out.add(new Range(range.substring(0, slash), range.substring(slash + 1), q));
        }
        return out;
    }
}

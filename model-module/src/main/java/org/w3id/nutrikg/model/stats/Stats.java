// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.stats;

import java.util.List;
import java.util.Locale;

/**
 * What a graph holds, counted.
 *
 * @param triples     every triple queries see
 * @param inferred    the triples reasoning added (0 without reasoning or where the source cannot tell)
 * @param individuals the distinct individuals of the ontology's classes
 * @param perClass    individuals per class of the ontology (with reasoning, superclasses count their
 *                    subclasses' individuals too)
 * @param claims      sourced claims
 * @param quotes      distinct evidence quotes of the claims
 * @param perClaim    claims per predicate
 * @param mappings    links to the standard ontologies per ontology
 * @param reference   reference values: intakes per kind, nutrient amounts, sources
 */
public record Stats(long triples, long inferred, long individuals, List<Count> perClass, long claims, long quotes,
        List<Count> perClaim, List<Mapping> mappings, List<Count> reference) {

    public Stats {
        perClass = List.copyOf(perClass);
        perClaim = List.copyOf(perClaim);
        mappings = List.copyOf(mappings);
        reference = List.copyOf(reference);
    }

    /**
     * A named count.
     *
     * @param name  what is counted (a label)
     * @param term  its CURIE, or ""
     * @param count how many
     */
    public record Count(String name, String term, long count) {
    }

    /**
     * Links to one external ontology.
     *
     * @param ontology the ontology's CURIE prefix (HP, CHEBI ...), or the IRI's host for others
     * @param exact    skos:exactMatch links
     * @param close    skos:closeMatch links
     * @param terms    NutriKG terms with at least one link to it
     */
    public record Mapping(String ontology, long exact, long close, long terms) {
    }

    /** The triples read from the sources. */
    public long asserted() {
        return triples - inferred;
    }

    /** The counts as text for a terminal. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append("Triples\n");
        row(sb, "asserted", asserted());
        row(sb, "inferred", inferred);
        row(sb, "total", triples);
        sb.append("\nIndividuals per class (").append(fmt(individuals)).append(" individuals)\n");
        for (Count c : perClass) {
            row(sb, c.name().equals(c.term()) ? c.term() : c.name() + "  " + c.term(), c.count());
        }
        sb.append("\nClaims\n");
        row(sb, "claims", claims);
        row(sb, "distinct evidence quotes", quotes);
        for (Count c : perClaim) {
            row(sb, "  " + c.name(), c.count());
        }
        sb.append("\nMappings to external ontologies\n");
        int w = Math.max(8, mappings.stream().mapToInt(m -> m.ontology().length()).max().orElse(0));
        sb.append(String.format(Locale.ROOT, "  %-" + w + "s %7s %7s %7s%n", "ontology", "exact", "close", "terms"));
        long exact = 0;
        long close = 0;
        for (Mapping m : mappings) {
            sb.append(String.format(Locale.ROOT, "  %-" + w + "s %7d %7d %7d%n", m.ontology(), m.exact(), m.close(),
                    m.terms()));
            exact += m.exact();
            close += m.close();
        }
        sb.append(String.format(Locale.ROOT, "  %-" + w + "s %7d %7d%n", "all", exact, close));
        sb.append("\nReference values\n");
        for (Count c : reference) {
            row(sb, c.name(), c.count());
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, long n) {
        sb.append(String.format(Locale.ROOT, "  %-44s %9s%n", name, fmt(n)));
    }

    private static String fmt(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}

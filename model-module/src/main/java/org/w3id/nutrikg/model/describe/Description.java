// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.describe;

import java.util.List;

/**
 * What the graph says about one term, for a person: its names and types, its relations grouped under
 * readable headings with labels instead of IRIs, and the evidence quotes of the claims about it.
 *
 * @param iri         the term's IRI
 * @param curie       the term's CURIE, or its IRI in angle brackets
 * @param label       its label, or the CURIE when it has none
 * @param types       the labels of its most specific types
 * @param synonyms    its synonyms (skos:altLabel)
 * @param definitions its definitions (skos:definition)
 * @param comments    its comments (rdfs:comment)
 * @param sources     the labels of the sources it comes from
 * @param sections    the relations, one section per heading, in a fixed order
 * @param evidence    the quotes of the claims about it, one entry per distinct quote
 */
public record Description(String iri, String curie, String label, List<String> types, List<String> synonyms,
        List<String> definitions, List<String> comments, List<String> sources, List<Section> sections,
        List<Evidence> evidence) {

    public Description {
        types = List.copyOf(types);
        synonyms = List.copyOf(synonyms);
        definitions = List.copyOf(definitions);
        comments = List.copyOf(comments);
        sources = List.copyOf(sources);
        sections = List.copyOf(sections);
        evidence = List.copyOf(evidence);
    }

    /**
     * One heading and its lines.
     *
     * @param heading the heading ("Food sources", "Symptoms" ...)
     * @param lines   one line per related term or value, already in order
     */
    public record Section(String heading, List<String> lines) {

        public Section {
            lines = List.copyOf(lines);
        }
    }

    /**
     * A verbatim quote and what it is evidence for.
     *
     * @param quote      the quote
     * @param statements the claims it supports, as sentences of labels (with the source's qualifiers)
     * @param source     the label of the source it is quoted from, or ""
     */
    public record Evidence(String quote, List<String> statements, String source) {

        public Evidence {
            statements = List.copyOf(statements);
        }
    }

    /** The section with that heading, if there is one. */
    public java.util.Optional<Section> section(String heading) {
        return sections.stream().filter(s -> s.heading().equals(heading)).findFirst();
    }

    /** The description as text for a terminal: a title block, the sections, and the evidence last. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append(label).append(" (").append(curie).append(")\n");
        if (!types.isEmpty()) {
            sb.append("Type: ").append(String.join(", ", types)).append('\n');
        }
        if (!synonyms.isEmpty()) {
            sb.append("Also called: ").append(String.join(", ", synonyms)).append('\n');
        }
        for (String d : definitions) {
            sb.append("Definition: ").append(d).append('\n');
        }
        for (String c : comments) {
            sb.append("Note: ").append(c).append('\n');
        }
        if (!sources.isEmpty()) {
            sb.append("Source: ").append(String.join("; ", sources)).append('\n');
        }
        for (Section s : sections) {
            sb.append('\n').append(s.heading()).append('\n');
            for (String line : s.lines()) {
                sb.append("  ").append(line).append('\n');
            }
        }
        if (!evidence.isEmpty()) {
            sb.append("\nEvidence\n");
            for (Evidence e : evidence) {
                sb.append("  \u201c").append(e.quote()).append("\u201d\n");
                for (String st : e.statements()) {
                    sb.append("      ").append(st).append('\n');
                }
                if (!e.source().isEmpty()) {
                    sb.append("      \u2014 ").append(e.source()).append('\n');
                }
            }
        }
        return sb.toString();
    }
}

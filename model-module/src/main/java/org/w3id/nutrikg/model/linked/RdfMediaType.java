// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.linked;

import java.util.Optional;

import org.w3id.nutrikg.model.io.ExportFormat;

/** The RDF syntaxes a term's description is given in: media type, file extension and export format. */
public enum RdfMediaType {
    /** Turtle. */
    TURTLE("text/turtle", "ttl", ExportFormat.TURTLE),
    /** JSON-LD compacted with the project's context. */
    JSONLD("application/ld+json", "jsonld", ExportFormat.JSONLD),
    /** N-Triples. */
    NTRIPLES("application/n-triples", "nt", ExportFormat.NTRIPLES),
    /** RDF/XML. */
    RDFXML("application/rdf+xml", "rdf", ExportFormat.RDFXML);

    private final String mediaType;
    private final String extension;
    private final ExportFormat format;

    RdfMediaType(String mediaType, String extension, ExportFormat format) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.format = format;
    }

    /** "text/turtle". */
    public String mediaType() {
        return mediaType;
    }

    /** "ttl": the file extension, and the value of {@code ?format=} that asks for it. */
    public String extension() {
        return extension;
    }

    /** The writer. */
    public ExportFormat format() {
        return format;
    }

    /** The syntax of a media type (without parameters), if it is one of these. */
    public static Optional<RdfMediaType> ofMediaType(String type) {
        for (RdfMediaType t : values()) {
            if (t.mediaType.equalsIgnoreCase(type)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The syntax of an extension ("ttl"), if it is one of these. */
    public static Optional<RdfMediaType> ofExtension(String extension) {
        for (RdfMediaType t : values()) {
            if (t.extension.equalsIgnoreCase(extension)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.linked;

import java.util.Optional;

import org.w3id.nutrikg.model.io.ExportFormat;

/** The RDF syntaxes a term's description is given in; media type and file extension are those of Jena's language for the export format. */
public enum RdfMediaType {
    /** Turtle. */
    TURTLE(ExportFormat.TURTLE),
    /** JSON-LD compacted with the project's context. */
    JSONLD(ExportFormat.JSONLD),
    /** N-Triples. */
    NTRIPLES(ExportFormat.NTRIPLES),
    /** RDF/XML. */
    RDFXML(ExportFormat.RDFXML);

    private final ExportFormat format;

    RdfMediaType(ExportFormat format) {
        this.format = format;
    }

    /** "text/turtle": the media type of Jena's language for the format. */
    public String mediaType() {
        return format.lang().getHeaderString();
    }

    /** "ttl": the file extension, and the value of {@code ?format=} that asks for it (Jena's first one). */
    public String extension() {
        return format.lang().getFileExtensions().get(0);
    }

    /** The writer. */
    public ExportFormat format() {
        return format;
    }

    /** The syntax of a media type (without parameters), if it is one of these. */
    public static Optional<RdfMediaType> ofMediaType(String type) {
        for (RdfMediaType t : values()) {
            if (t.mediaType().equalsIgnoreCase(type)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The syntax of an extension ("ttl"), if it is one of these. */
    public static Optional<RdfMediaType> ofExtension(String extension) {
        for (RdfMediaType t : values()) {
            if (t.extension().equalsIgnoreCase(extension)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}

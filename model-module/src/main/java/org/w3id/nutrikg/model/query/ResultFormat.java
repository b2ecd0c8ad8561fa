// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How SELECT and ASK results are written. */
public enum ResultFormat {
    /** An aligned text table for people, with prefixed names. */
    TABLE,
    /** SPARQL 1.1 Query Results CSV. */
    CSV,
    /** SPARQL 1.1 Query Results TSV. */
    TSV,
    /** SPARQL 1.1 Query Results JSON. */
    JSON,
    /** SPARQL Query Results XML. */
    XML;

    /** The name users type. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format of that name, case-insensitive. */
    public static Optional<ResultFormat> of(String name) {
        return Arrays.stream(values()).filter(f -> f.id().equalsIgnoreCase(name)).findFirst();
    }

    /** The names, comma-separated, for messages. */
    public static String names() {
        return Arrays.stream(values()).map(ResultFormat::id).collect(Collectors.joining(", "));
    }
}

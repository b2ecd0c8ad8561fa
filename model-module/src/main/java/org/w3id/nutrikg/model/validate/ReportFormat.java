// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.validate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a validation report is written. */
public enum ReportFormat {
    /** For people: grouped by file and severity, with a count line at the end. */
    TEXT,
    /** A SHACL validation report (sh:ValidationReport) in Turtle. */
    TURTLE,
    /** A JSON array of findings, one object each, keys in a fixed order. */
    JSON;

    /** The name users type. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format of that name, case-insensitive ("ttl" for turtle). */
    public static Optional<ReportFormat> of(String name) {
        String n = "ttl".equalsIgnoreCase(name) ? "turtle" : name;
        return Arrays.stream(values()).filter(f -> f.id().equalsIgnoreCase(n)).findFirst();
    }

    /** The names, comma-separated, for messages. */
    public static String names() {
        return Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "));
    }
}

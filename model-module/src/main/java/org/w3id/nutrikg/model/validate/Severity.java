// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.validate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.shacl.vocabulary.SHACL;

/** How serious a finding is, most serious first; the SHACL severities under their plain names. */
public enum Severity {
    /** Wrong: the graph says something false or unusable (sh:Violation). */
    ERROR("error", "errors"),
    /** Probably wrong, or incomplete (sh:Warning). */
    WARNING("warning", "warnings"),
    /** Worth knowing (sh:Info). */
    INFO("info", "infos");

    private final String singular;
    private final String plural;

    Severity(String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
    }

    /** The lower-case name used on the command line and in reports. */
    public String label() {
        return singular;
    }

    /** "1 error", "2 warnings", "0 infos". */
    public String count(long n) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** Whether this is at least as serious as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /** The SHACL severity node: sh:Violation, sh:Warning or sh:Info. */
    public Node shacl() {
        return switch (this) {
            case ERROR -> SHACL.Violation;
            case WARNING -> SHACL.Warning;
            case INFO -> SHACL.Info;
        };
    }

    /** The severity of a SHACL result; anything that is not a warning or an info counts as an error. */
    public static Severity ofShacl(org.apache.jena.shacl.validation.Severity s) {
        if (s == org.apache.jena.shacl.validation.Severity.Warning) {
            return WARNING;
        }
        if (s == org.apache.jena.shacl.validation.Severity.Info) {
            return INFO;
        }
        return ERROR;
    }

    /** The severity of a name, case-insensitive: "error", "warning" or "info". */
    public static Optional<Severity> of(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.singular.equals(n)).findFirst();
    }

    /** "error, warning, info", for messages. */
    public static String names() {
        return Arrays.stream(values()).map(Severity::label).collect(Collectors.joining(", "));
    }
}

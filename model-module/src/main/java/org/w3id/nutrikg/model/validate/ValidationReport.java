// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.validate;

import java.util.List;

/**
 * What validation found: the findings in a stable order (by file in the order checked, then line, severity,
 * focus node and message), and the files that were checked.
 *
 * @param findings the findings, sorted
 * @param files    the names of the files checked, bundled files first, as findings name them
 */
public record ValidationReport(List<Finding> findings, List<String> files) {

    public ValidationReport {
        findings = List.copyOf(findings);
        files = List.copyOf(files);
    }

    /** How many findings have severity {@code s}. */
    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    /** Whether a file did not parse. */
    public boolean hasSyntaxErrors() {
        return findings.stream().anyMatch(f -> f.kind() == Finding.Kind.SYNTAX);
    }

    /** Whether a finding is at least as serious as {@code threshold}. */
    public boolean fails(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }

    /** "2 errors, 1 warning, 0 infos". */
    public String summary() {
        return Severity.ERROR.count(count(Severity.ERROR)) + ", " + Severity.WARNING.count(count(Severity.WARNING))
                + ", " + Severity.INFO.count(count(Severity.INFO));
    }
}

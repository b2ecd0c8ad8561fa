// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.nutrikg.model.io.BundledResources;

/** The named queries bundled from sparql/: competency questions at the top, quality checks in checks/. */
public final class NamedQueries {

    /** The sub-folder of sparql/ that holds the quality checks. */
    public static final String CHECKS = "checks/";

    private static final Pattern PARAM = Pattern.compile("\\?([A-Za-z_][A-Za-z0-9_]*)");

    private NamedQueries() {
    }

    /** The competency questions and other named queries (not the checks), sorted by name. */
    public static List<NamedQuery> list() {
        List<NamedQuery> out = new ArrayList<>();
        for (String rel : BundledResources.list(BundledResources.SPARQL, ".rq")) {
            if (!rel.startsWith(CHECKS)) {
                out.add(read(rel));
            }
        }
        return out;
    }

    /** The quality checks of sparql/checks/, sorted by name. */
    public static List<NamedQuery> checks() {
        List<NamedQuery> out = new ArrayList<>();
        for (String rel : BundledResources.list(BundledResources.SPARQL + "/" + CHECKS.substring(0, CHECKS.length() - 1), ".rq")) {
            out.add(read(CHECKS + rel));
        }
        return out;
    }

    /** The named query of that name, if one is bundled. */
    public static Optional<NamedQuery> find(String name) {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9_/-]*")) {
            return Optional.empty();
        }
        String resource = BundledResources.SPARQL + "/" + name + ".rq";
        if (BundledResources.class.getClassLoader().getResource(resource) == null) {
            return Optional.empty();
        }
        return Optional.of(read(name + ".rq"));
    }

    private static NamedQuery read(String rel) {
        String text = BundledResources.text(BundledResources.SPARQL + "/" + rel);
        return parse(rel.substring(0, rel.length() - ".rq".length()), text);
    }

    /** Reads a query's header: the first comment line is its description, "# Parameters:" names its variables. */
    public static NamedQuery parse(String name, String text) {
        String description = "";
        Set<String> params = new LinkedHashSet<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.startsWith("#")) {
                break;
            }
            String c = l.substring(1).strip();
            if (description.isEmpty() && !c.isEmpty()) {
                description = c;
            } else if (c.regionMatches(true, 0, "Parameters:", 0, "Parameters:".length())) {
                Matcher m = PARAM.matcher(c);
                while (m.find()) {
                    params.add(m.group(1));
                }
            }
        }
        return new NamedQuery(name, description, new ArrayList<>(params), text);
    }
}

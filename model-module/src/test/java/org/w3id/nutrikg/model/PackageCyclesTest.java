// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No cycle among the packages of org.w3id.nutrikg.model: a package may use another only if that one does not
 * use it back, directly or through others. Read from the source (imports and qualified names), not the classes.
 */
class PackageCyclesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/w3id/nutrikg/model");
    private static final Pattern USE = Pattern.compile("\\borg\\.w3id\\.nutrikg\\.model\\.([a-z]\\w*)\\.[A-Z]");
    private static final String ROOT = "(model)";

    /** Package to the packages it uses, each with a file that shows it. */
    static Map<String, Map<String, String>> dependencies(Path sources) throws IOException {
        Map<String, Map<String, String>> deps = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Path rel = sources.relativize(file.getParent());
                String pkg = rel.toString().isEmpty() ? ROOT : rel.toString().replace('/', '.');
                Map<String, String> uses = deps.computeIfAbsent(pkg, k -> new TreeMap<>());
                for (String line : Files.readAllLines(file)) {
                    String code = line.strip();
                    if (code.startsWith("//") || code.startsWith("*") || code.startsWith("/*")) {
                        continue;
                    }
                    Matcher m = USE.matcher(code);
                    while (m.find()) {
                        if (!m.group(1).equals(pkg)) {
                            uses.putIfAbsent(m.group(1), sources.relativize(file).toString());
                        }
                    }
                }
            }
        }
        return deps;
    }

    /** The cycles: each strongly connected set of more than one package (Tarjan's algorithm), sorted. */
    static List<Set<String>> cycles(Map<String, Map<String, String>> deps) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new java.util.HashSet<>();
        List<Set<String>> found = new ArrayList<>();
        for (String p : deps.keySet()) {
            if (!index.containsKey(p)) {
                connect(p, deps, index, low, stack, onStack, found);
            }
        }
        return found;
    }

    private static void connect(String p, Map<String, Map<String, String>> deps, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<Set<String>> found) {
        index.put(p, index.size());
        low.put(p, index.get(p));
        stack.push(p);
        onStack.add(p);
        for (String q : deps.getOrDefault(p, Map.of()).keySet()) {
            if (!index.containsKey(q)) {
                connect(q, deps, index, low, stack, onStack, found);
                low.put(p, Math.min(low.get(p), low.get(q)));
            } else if (onStack.contains(q)) {
                low.put(p, Math.min(low.get(p), index.get(q)));
            }
        }
        if (low.get(p).equals(index.get(p))) {
            Set<String> component = new TreeSet<>();
            String q;
            do {
                q = stack.pop();
                onStack.remove(q);
                component.add(q);
            } while (!q.equals(p));
            if (component.size() > 1) {
                found.add(component);
            }
        }
    }

    @Test
    void modelPackagesHaveNoCycle() throws IOException {
        Map<String, Map<String, String>> deps = dependencies(SOURCES);
        assertTrue(deps.size() > 10, "the packages were found: " + deps.keySet());
        List<Set<String>> cycles = cycles(deps);
        StringBuilder why = new StringBuilder();
        for (Set<String> cycle : cycles) {
            why.append("\ncycle ").append(cycle).append(':');
            for (String p : cycle) {
                deps.get(p).forEach((q, file) -> {
                    if (cycle.contains(q)) {
                        why.append("\n  ").append(p).append(" -> ").append(q).append(" (").append(file).append(')');
                    }
                });
            }
        }
        assertEquals(List.of(), cycles, why.toString());
    }

    @Test
    void aCycleIsFoundThroughAnyNumberOfPackages() {
        Map<String, Map<String, String>> deps = new TreeMap<>();
        deps.put("graph", Map.of("template", "graph/ReferenceData.java", "io", "graph/Graphs.java"));
        deps.put("template", Map.of("graph", "template/TemplateOperation.java"));
        deps.put("stats", Map.of("describe", "stats/StatsOperation.java"));
        deps.put("describe", Map.of("query", "describe/DescribeOperation.java"));
        deps.put("query", Map.of("stats", "query/X.java", "io", "query/QueryOperation.java"));
        deps.put("io", Map.of("vocab", "io/RdfFiles.java"));
        assertEquals(List.of(Set.of("graph", "template"), Set.of("describe", "query", "stats")).stream()
                .map(TreeSet::new).map(Set::toString).sorted().toList(),
                cycles(deps).stream().map(Set::toString).sorted().toList());
    }
}

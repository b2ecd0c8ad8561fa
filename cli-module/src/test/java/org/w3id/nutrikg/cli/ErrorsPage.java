// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes docs/errors.md from the bad-input corpus ({@code cli/corpus/cases.tsv}): the page's prose from
 * {@code cli/corpus/errors-intro.md}, then one table per "#&gt;" section of the corpus, one row per run of
 * cases with the same exit code, cause and fix. ErrorsPageTest fails when the page differs from what this
 * makes, and rewrites it instead when run with {@code -Dnutrikg.errors.write=true}:
 * {@code mvn -o -pl model-module,cli-module -am verify -Dtest=ErrorsPageTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dnutrikg.errors.write=true} (or {@code main} from an IDE).
 */
public final class ErrorsPage {

    /** The page's path under the repository root. */
    public static final String PAGE = "docs/errors.md";

    /** One case of the corpus, with the cause and fix of the case above filled in where it leaves them empty. */
    record Case(String section, String id, String file, String args, int exit, String words, String cause, String fix) {
    }

    private ErrorsPage() {
    }

    /** Rewrites docs/errors.md under the repository root (the first argument, default: the parent folder). */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "..").toAbsolutePath().normalize();
        Files.writeString(root.resolve(PAGE), render(), StandardCharsets.UTF_8);
    }

    /** The page as the corpus makes it now. */
    public static String render() throws IOException {
        return render(Files.readString(Fixtures.path("corpus/errors-intro.md"), StandardCharsets.UTF_8),
                cases(Files.readAllLines(Fixtures.path("corpus/cases.tsv"), StandardCharsets.UTF_8)));
    }

    /** The cases of the corpus's lines, in order. */
    static List<Case> cases(List<String> lines) {
        List<Case> out = new ArrayList<>();
        String section = null;
        String cause = "";
        String fix = "";
        for (String line : lines) {
            if (line.startsWith("#> ")) {
                section = line.substring(3).strip();
                cause = "";
                fix = "";
                continue;
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 7) {
                throw new IllegalArgumentException("seven tab-separated fields in: " + line);
            }
            if (section == null) {
                throw new IllegalArgumentException("a case before the first '#> ' section: " + f[0]);
            }
            cause = f[5].isEmpty() ? cause : f[5];
            fix = f[6].isEmpty() ? fix : f[6];
            if (cause.isEmpty() || fix.isEmpty()) {
                throw new IllegalArgumentException("no cause or fix for " + f[0] + " (the first case of a section gives both)");
            }
            out.add(new Case(section, f[0], f[1], f[2], Integer.parseInt(f[3]), f[4], cause, fix));
        }
        return out;
    }

    static String render(String intro, List<Case> cases) {
        StringBuilder page = new StringBuilder(intro.stripTrailing()).append("\n");
        String section = null;
        List<Case> run = new ArrayList<>();
        for (Case c : cases) {
            if (!c.section().equals(section)) {
                row(page, run);
                section = c.section();
                page.append("\n## ").append(section).append("\n\n| command | exit | message | cause | fix |\n")
                        .append("| --- | --- | --- | --- | --- |\n");
            } else if (!run.isEmpty() && (run.get(0).exit() != c.exit() || !run.get(0).cause().equals(c.cause())
                    || !run.get(0).fix().equals(c.fix()))) {
                row(page, run);
            }
            run.add(c);
        }
        row(page, run);
        return page.toString();
    }

    /** One table row for a run of cases, then empties the run. */
    private static void row(StringBuilder page, List<Case> run) {
        if (run.isEmpty()) {
            return;
        }
        Set<String> commands = new LinkedHashSet<>();
        Set<String> messages = new LinkedHashSet<>();
        for (Case c : run) {
            commands.add(command(c));
            messages.add(c.exit() == 0 ? "(accepted: " + code(fileName(c.file())) + " is read)" : code(message(c)));
        }
        Case first = run.get(0);
        page.append("| ").append(String.join(" ", commands.stream().map(ErrorsPage::code).toList())).append(" | ")
                .append(first.exit()).append(" | ").append(String.join("<br>", messages)).append(" | ")
                .append(cell(first.cause())).append(" | ").append(cell(first.fix())).append(" |\n");
        run.clear();
    }

    /** The command the message names ("nutrikg query: ..."), else the verb of the arguments. */
    static String command(Case c) {
        String w = c.words();
        if (w.startsWith("nutrikg") && w.indexOf(':') > 0) {
            return w.substring(0, w.indexOf(':'));
        }
        List<String> tokens = BadInputCorpusTest.tokens(c.args());
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (List.of("--data", "--store", "--endpoint", "--reasoning").contains(t)) {
                i++;
            } else if (!t.startsWith("-")) {
                return "nutrikg " + t;
            }
        }
        return "nutrikg";
    }

    /** The message with the corpus's placeholders as a reader would see them; a list of words joined by "…". */
    static String message(Case c) {
        String m = c.words().startsWith("nutrikg") ? c.words() : String.join(" … ", c.words().split(";"));
        return m.replace("{file}", fileName(c.file())).replace("{data}", "data.ttl").replace("{out}", "out.txt")
                .replace("{tmp}", "DIR").replace("{closedport}", "3030").replace("{port}", "3030");
    }

    private static String fileName(String file) {
        int colon = file.indexOf(':');
        return colon >= 0 ? file.substring(colon + 1) : file;
    }

    private static String code(String s) {
        return "`" + s.replace("|", "\\|") + "`";
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}

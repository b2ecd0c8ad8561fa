// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The Turtle sources under ontology/ and data/ keep the project's layout, so that diffs stay small: UTF-8
 * and LF, no tabs or trailing spaces, a one-line comment first, only the prefixes a file uses, one subject
 * per block with the subject alone on its line, and subjects sorted by local name within each banner section.
 */
class TurtleFormattingTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern PREFIX = Pattern.compile("^@prefix ([A-Za-z][\\w-]*)?: <[^>]*> \\.$");
    private static final Pattern SUBJECT = Pattern.compile("^(\\S+)$");

    @TestFactory
    Stream<DynamicTest> everyTurtleSourceIsFormatted() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("ontology", "data")) {
            try (Stream<Path> s = Files.walk(ROOT.resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".ttl")).sorted().forEach(files::add);
            }
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(ROOT.relativize(f).toString(),
                () -> assertEquals(List.of(), problems(f), f + " is not formatted")));
    }

    /** Subjects sort by local name: the part after the prefix, or the last segment of an IRI. */
    static String localName(String subject) {
        String s = subject.startsWith("<") ? subject.substring(1, subject.length() - 1) : subject;
        int cut = Math.max(s.lastIndexOf(':'), Math.max(s.lastIndexOf('/'), s.lastIndexOf('#')));
        return s.substring(cut + 1);
    }

    static List<String> problems(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return List.of("not UTF-8");
        }
        if (text.contains("\r")) {
            out.add("CR line ends (use LF)");
        }
        if (!text.endsWith("\n") || text.endsWith("\n\n")) {
            out.add("must end with exactly one newline");
        }
        String[] lines = text.split("\n", -1);
        if (!lines[0].startsWith("# ")) {
            out.add("line 1: a one-line '# ' comment naming the file's role comes first");
        }
        List<String> prefixes = new ArrayList<>();
        String body = text.replaceAll("(?m)^@prefix.*$", "").replaceAll("(?s)\"\"\".*?\"\"\"", "\"\"").replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
        String previousSubject = null;
        boolean blankBefore = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int n = i + 1;
            if (line.indexOf('\t') >= 0) {
                out.add("line " + n + ": tab (indent with 4 spaces)");
            }
            if (!line.equals(line.stripTrailing())) {
                out.add("line " + n + ": trailing whitespace");
            }
            Matcher pm = PREFIX.matcher(line);
            if (pm.matches()) {
                String p = pm.group(1) == null ? "" : pm.group(1);
                prefixes.add(p);
                if (!Pattern.compile("(?<![\\w-])" + Pattern.quote(p) + ":").matcher(body).find()) {
                    out.add("line " + n + ": prefix '" + p + "' is declared but not used");
                }
            }
            if (line.startsWith("####")) {
                previousSubject = null;
            }
            Matcher sm = SUBJECT.matcher(line);
            if (blankBefore && sm.matches() && !line.startsWith("#") && !line.startsWith("@") && !line.startsWith("[")
                    && !line.startsWith("]") && !line.startsWith("(") && !line.startsWith(")") && !line.equals(".")) {
                String subject = localName(sm.group(1));
                if (previousSubject != null && subject.compareTo(previousSubject) < 0) {
                    out.add("line " + n + ": subject " + subject + " comes before " + previousSubject + " (sort subjects)");
                }
                previousSubject = subject;
                if (i + 1 < lines.length && !lines[i + 1].startsWith("    ")) {
                    out.add("line " + (n + 1) + ": predicates follow the subject, indented by 4 spaces");
                }
            } else if (blankBefore && !line.isEmpty() && !line.startsWith("#") && !line.startsWith("@")
                    && !line.startsWith(" ") && !line.equals("[]")) {
                out.add("line " + n + ": the subject stands alone on its line");
            }
            blankBefore = line.isEmpty() || line.startsWith("#");
        }
        return out;
    }
}

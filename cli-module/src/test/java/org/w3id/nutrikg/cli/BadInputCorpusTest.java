// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.nutrikg.cli.CliRun.Result;

/**
 * The bad-input corpus: every line of {@code cli/corpus/cases.tsv} runs the command line on a broken file,
 * query or argument list and checks the contract of a failure: the documented exit code, exactly one line
 * on stderr with the words the case names (its file:line:column or its option), no stack trace, nothing on
 * stdout (validate prints its findings there), no file created or changed, no connection to the loopback port the case may name, and no byte of
 * the file an external entity points at in the output.
 */
class BadInputCorpusTest {

    private static final String SECRET = "secret-" + UUID.randomUUID();
    private static final AtomicInteger CONNECTIONS = new AtomicInteger();
    private static ServerSocket listener;
    /** A loopback port that nothing listens on: an unreachable endpoint. */
    private static int closedPort;

    @TempDir
    static Path shared;

    /** One line of cases.tsv. */
    record Case(String id, String file, String args, int exit, List<String> words) {
        @Override
        public String toString() {
            return id;
        }
    }

    @BeforeAll
    static void listen() throws IOException {
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = gone.getLocalPort();
        }
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket s = listener.accept()) {
                    CONNECTIONS.incrementAndGet();
                } catch (IOException e) {
                    // closed at the end of the class
                }
            }
        }, "corpus-listener");
        t.setDaemon(true);
        t.start();
        Files.writeString(shared.resolve("secret.txt"), SECRET);
    }

    @AfterAll
    static void close() throws IOException {
        listener.close();
    }

    static Stream<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        for (String line : Files.readAllLines(Fixtures.path("corpus/cases.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            assertEquals(7, f.length, "seven tab-separated fields in: " + line);
            out.add(new Case(f[0], f[1], f[2].replace("\\n", "\n"), Integer.parseInt(f[3]),
                    f[4].isEmpty() ? List.of() : List.of(f[4].split(";"))));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void failsCleanly(Case c, @TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out.txt");
        Files.writeString(out, "old content\n");
        Path data = tmp.resolve("data.ttl");
        Files.copy(Fixtures.path("corpus/files/data.ttl"), data);
        Path file = prepare(c.file(), tmp);
        Map<String, String> vars = Map.of("{file}", file == null ? "" : file.toString(), "{data}", data.toString(),
                "{out}", out.toString(), "{tmp}", tmp.toString(), "{port}", String.valueOf(listener.getLocalPort()),
                "{closedport}", String.valueOf(closedPort));

        Map<String, String> before = snapshot(tmp);
        int connections = CONNECTIONS.get();
        Result r = CliRun.run(tokens(c.args()).stream().map(a -> substitute(a, vars)).toArray(String[]::new));

        assertEquals(c.exit(), r.exitCode(), r.describe());
        assertFalse(r.err().contains("\tat "), "no stack trace without -v\n" + r.describe());
        assertFalse(r.out().contains(SECRET) || r.err().contains(SECRET), "the entity's file was read\n" + r.describe());
        assertEquals(connections, CONNECTIONS.get(), "a connection reached the loopback listener\n" + r.describe());
        if (c.exit() == 0) {
            assertEquals("", r.err(), r.describe());
            c.words().forEach(w -> assertTrue(r.out().contains(substitute(w, vars)), w + "\n" + r.describe()));
            return;
        }
        if (c.args().startsWith("validate")) {
            // validate prints its findings on stdout by contract; a syntax error is one of them
            assertTrue(r.out().isEmpty() || file != null && r.out().contains(file.toString()), r.describe());
        } else {
            assertEquals("", r.out(), "nothing on stdout\n" + r.describe());
        }
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), "exactly one line on stderr\n" + r.describe());
        assertTrue(lines.get(0).startsWith("nutrikg"), r.describe());
        for (String w : c.words()) {
            String word = substitute(w, vars);
            assertTrue(lines.get(0).contains(word), "'" + word + "' in the message\n" + r.describe());
        }
        assertEquals(before, snapshot(tmp), "no file created or changed");
    }

    /** Copies (or generates) the case's file into its folder; null when the case has none. */
    private static Path prepare(String name, Path tmp) throws IOException {
        if (name.isEmpty()) {
            return null;
        }
        if (name.startsWith("gen:")) {
            return generate(name.substring(4), tmp);
        }
        if (name.startsWith("perm:")) {
            Path p = tmp.resolve("perm-" + name.substring(5));
            if (name.equals("perm:readonly")) {
                Files.createDirectory(p);
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("r-xr-xr-x"));
                assumeFalse(Files.isWritable(p), "a read-only folder is writable here (running as root)");
            } else {
                Files.copy(Fixtures.path("corpus/files/" + name.substring(5)), p);
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
                assumeFalse(Files.isReadable(p), "an unreadable file is readable here (running as root)");
            }
            return p;
        }
        Path src = Fixtures.path("corpus/files/" + name);
        Path dest = tmp.resolve("input").resolve(name);
        try (Stream<Path> walk = Files.walk(src)) {
            for (Path p : walk.toList()) {
                Path target = dest.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.write(target, placeholders(Files.readAllBytes(p)));
                }
            }
        }
        return dest;
    }

    /** {port} and {secret} in a corpus file, replaced byte for byte (other bytes, even invalid UTF-8, stay). */
    private static byte[] placeholders(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.ISO_8859_1);
        if (!s.contains("{port}") && !s.contains("{secret}")) {
            return bytes;
        }
        return s.replace("{port}", String.valueOf(listener.getLocalPort()))
                .replace("{secret}", shared.resolve("secret.txt").toUri().toString())
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The large cases, made here rather than committed. */
    private static Path generate(String name, Path tmp) throws IOException {
        String ten = "a".repeat(10 << 20);
        String text = switch (name) {
            case "ten-mb-line.ttl" -> "<http://example.org/a> <http://example.org/b> \"" + ten;
            case "ten-mb-iri.nt" -> "<http://example.org/" + ten + " x> <http://example.org/b> \"x\" .\n";
            case "ten-mb-literal.nt" -> "<http://example.org/a> <http://example.org/b> \"" + ten + "\" .\n";
            case "ten-mb-line.jsonld" -> "{\"@id\": \"http://example.org/a\", \"http://example.org/b\": \"" + ten;
            case "deep-list.ttl" -> "<http://example.org/a> <http://example.org/b> " + "( ".repeat(100_000) + "1"
                    + " )".repeat(100_000) + " .\n";
            case "deep-array.jsonld" -> "{\"@id\": \"http://example.org/a\", \"http://example.org/b\": "
                    + "[".repeat(100_000) + "1" + "]".repeat(100_000) + "}";
            default -> throw new IllegalArgumentException("no generator for " + name);
        };
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static String substitute(String s, Map<String, String> vars) {
        String out = s;
        for (Map.Entry<String, String> e : vars.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }

    /** Splits a command line as a shell would: whitespace separates, '...' and "..." group. */
    static List<String> tokens(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inToken = false;
        char quote = 0;
        for (char ch : line.toCharArray()) {
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
                inToken = true;
            } else if (ch == ' ') {
                if (inToken) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    inToken = false;
                }
            } else {
                cur.append(ch);
                inToken = true;
            }
        }
        assertEquals(0, quote, "balanced quotes in: " + line);
        if (inToken) {
            out.add(cur.toString());
        }
        return out;
    }

    /** Every file below {@code dir} with a digest of its content. */
    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.forEach(p -> out.put(dir.relativize(p).toString(), digest(p)));
        }
        return out;
    }

    private static String digest(Path p) {
        if (Files.isDirectory(p) || !Files.isReadable(p)) {
            return "";
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.w3id.nutrikg.model.BadInputException;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;

/**
 * Checks that a JSON-LD file is JSON before the JSON-LD processor sees it, so that a syntax error is
 * reported at its line and column in plain words (the processor only says "the document could not be
 * loaded or parsed").
 */
final class JsonSyntax {

    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("^Unexpected char (-?\\d+) at .*?\\)(?:, expecting '(.)')?");
    private static final Pattern INVALID_TOKEN = Pattern.compile("^Invalid token=(\\w+) at .*?Expected tokens are: \\[(.*)\\]");
    private static final Pattern AFTER_END = Pattern.compile("^Expected EOF token, but got (\\w+)");
    private static final Map<String, String> TOKENS = Map.ofEntries(
            Map.entry("CURLYOPEN", "'{'"), Map.entry("CURLYCLOSE", "'}'"), Map.entry("SQUAREOPEN", "'['"),
            Map.entry("SQUARECLOSE", "']'"), Map.entry("COLON", "':'"), Map.entry("COMMA", "','"),
            Map.entry("STRING", "a string"), Map.entry("NUMBER", "a number"), Map.entry("TRUE", "'true'"),
            Map.entry("FALSE", "'false'"), Map.entry("NULL", "'null'"), Map.entry("EOF", "the end of the file"));

    private JsonSyntax() {
    }

    /** Throws a located {@link BadInputException} unless {@code bytes} hold one JSON value. */
    static void check(byte[] bytes, String name) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw new BadInputException(name, IoMessages.EMPTY_JSON);
        }
        try (JsonParser p = Json.createParser(new ByteArrayInputStream(bytes))) {
            while (p.hasNext()) {
                p.next();
            }
        } catch (JsonParsingException e) {
            String m = e.getMessage() == null ? "" : e.getMessage();
            long line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            long col = e.getLocation() == null ? -1 : e.getLocation().getColumnNumber();
            long offset = e.getLocation() == null ? -1 : e.getLocation().getStreamOffset();
            String message = message(m);
            if (message.equals("unexpected end of file") || offset >= text.length()) {
                // the parser's position of the end of input is unreliable: count it
                long[] end = end(text);
                line = end[0];
                col = end[1];
            }
            throw new BadInputException(name, line, col, message, e);
        } catch (JsonException e) {
            throw new BadInputException(name, IoMessages.notJson(RdfFiles.oneLine(e.getMessage())), e);
        }
    }

    static String message(String m) {
        Matcher c = UNEXPECTED_CHAR.matcher(m);
        if (c.find()) {
            int ch = Integer.parseInt(c.group(1));
            String what = ch < 0 ? "unexpected end of file"
                    : ch == '\n' || ch == '\r' ? "line break inside a string"
                    : ch < 0x20 ? String.format("control character U+%04X inside a string", ch)
                    : "unexpected character '" + Character.toString(ch) + "'";
            return c.group(2) == null ? what : what + " (expected '" + c.group(2) + "')";
        }
        Matcher t = INVALID_TOKEN.matcher(m);
        if (t.find()) {
            if (t.group(1).equals("EOF")) {
                return "unexpected end of file";
            }
            String expected = Arrays.stream(t.group(2).split(",\\s*")).map(s -> TOKENS.getOrDefault(s, s))
                    .collect(Collectors.joining(" or "));
            return "unexpected " + TOKENS.getOrDefault(t.group(1), t.group(1)) + " (expected " + expected + ")";
        }
        Matcher a = AFTER_END.matcher(m);
        if (a.find()) {
            return "unexpected " + TOKENS.getOrDefault(a.group(1), a.group(1)) + " after the end of the document";
        }
        return RdfFiles.oneLine(m.replaceAll("\\s*\\(?\\s*at \\(?line no=.*$", ""));
    }

    private static long[] end(String text) {
        long line = 1;
        long col = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 0;
            } else {
                col++;
            }
        }
        return new long[] {line, col + 1};
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.query;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.w3id.nutrikg.model.BadInputException;
import org.w3id.nutrikg.model.InvalidArgumentException;

/**
 * The text of a query and where it came from: a named query of sparql/, a file, or the command line.
 *
 * @param origin what messages call it: "sparql/food-sources.rq", a file path, or "inline query"
 * @param text   the SPARQL text
 * @param named  the named query, or null
 */
public record QueryText(String origin, String text, NamedQuery named) {

    /** The origin of a query given as text on the command line. */
    public static final String INLINE = "inline query";

    private static final Pattern LOOKS_LIKE_SPARQL = Pattern.compile(
            "(?is)^\\s*(#|prefix\\b|base\\b|select\\b|ask\\b|construct\\b|describe\\b|insert\\b|delete\\b|with\\b|load\\b|clear\\b|drop\\b|create\\b).*|.*[{}].*");

    /** Resolves what a user gave: a bundled query's name, a path to a file, or inline SPARQL, in that order. */
    public static QueryText resolve(String arg) {
        var named = NamedQueries.find(arg);
        if (named.isPresent()) {
            return new QueryText("sparql/" + arg + ".rq", named.get().text(), named.get());
        }
        Path path = arg.contains("\n") ? null : asPath(arg);
        if (path != null && Files.isRegularFile(path)) {
            return new QueryText(arg, read(path), null);
        }
        if (LOOKS_LIKE_SPARQL.matcher(arg).matches()) {
            return new QueryText(INLINE, arg, null);
        }
        if (path != null && (arg.endsWith(".rq") || arg.endsWith(".sparql"))) {
            throw new BadInputException(arg, QueryMessages.NO_SUCH_FILE);
        }
        throw new InvalidArgumentException(QueryMessages.unknownQuery(arg));
    }

    private static Path asPath(String arg) {
        try {
            return Path.of(arg);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException(path.toString(), QueryMessages.NO_SUCH_FILE);
        } catch (MalformedInputException e) {
            throw new BadInputException(path.toString(), QueryMessages.NOT_UTF8);
        } catch (IOException e) {
            throw new BadInputException(path.toString(), QueryMessages.cannotRead(e.getMessage()));
        }
    }
}

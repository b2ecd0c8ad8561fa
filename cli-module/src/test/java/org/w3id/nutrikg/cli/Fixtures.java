// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths of the test resources under cli-module/src/test/resources/cli/. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The path of {@code cli/<name>} on disk. */
    public static Path path(String name) {
        try {
            var url = Fixtures.class.getClassLoader().getResource("cli/" + name);
            if (url == null) {
                throw new IllegalArgumentException("no test resource cli/" + name);
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@link #path} as a string, for command-line arguments. */
    public static String arg(String name) {
        return path(name).toString();
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.store;

import java.nio.file.Path;

/**
 * Every message of load, in one place (docs/errors.md lists them); those of opening a store are in
 * graph.SourceErrors.
 */
public final class StoreMessages {

    /** A file to load that names nothing. */
    public static final String NO_SUCH_FILE = "no such file";

    private StoreMessages() {
    }

    /** The store folder cannot be made or filled, with the reason. */
    public static String cannotMakeStore(Path store, String reason) {
        return "cannot make store '" + store + "': " + reason;
    }

    /** A file to load that cannot be read. */
    public static String cannotRead(String detail) {
        return "cannot read: " + detail;
    }
}

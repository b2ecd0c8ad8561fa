// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.serve;

import org.w3id.nutrikg.model.WorkFailedException;

/** The messages of serve, in one place (docs/errors.md). */
public final class ServeErrors {

    private ServeErrors() {
    }

    /** Another program listens on the port. */
    public static WorkFailedException portInUse(int port, String host, Throwable cause) {
        return new WorkFailedException("port " + port + " is already in use on " + host, cause);
    }

    /** The host is not an address of this machine, or cannot be listened on. */
    public static WorkFailedException cannotListen(int port, String host, String detail, Throwable cause) {
        return new WorkFailedException("cannot listen on " + host + " port " + port + ": " + detail, cause);
    }
}

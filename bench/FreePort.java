// SPDX-License-Identifier: Apache-2.0

import java.net.InetAddress;
import java.net.ServerSocket;

/** Prints a loopback TCP port that is free at the moment: {@code java bench/FreePort.java}. */
public final class FreePort {

    private FreePort() {
    }

    public static void main(String[] args) throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            System.out.println(s.getLocalPort());
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The JSON-LD processor (Titanium) reports a value it drops, such as an {@code @id} that is not an IRI, as a
 * java.util.logging warning printed on stderr. This keeps those warnings off stderr and hands them to the
 * reader of the current thread, which turns them into an error.
 */
final class JsonLdLog {

    /** Held strongly: java.util.logging keeps loggers only weakly. */
    private static final Logger TITANIUM = Logger.getLogger("com.apicatalog");
    private static final ThreadLocal<List<String>> CAPTURED = new ThreadLocal<>();

    static {
        TITANIUM.setUseParentHandlers(false);
        TITANIUM.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                List<String> sink = CAPTURED.get();
                if (sink != null && record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    String m = record.getMessage();
                    if (record.getParameters() != null && m != null) {
                        m = java.text.MessageFormat.format(m, record.getParameters());
                    }
                    sink.add(m == null ? "a value is not an IRI"
                            : m.replaceFirst("^Non well-formed (\\w+) \\[(.*)\\] has been skipped\\.?$",
                                    "$1 '$2' is not a well-formed IRI"));
                }
            }

            @Override
            public void flush() {
                // nothing buffered
            }

            @Override
            public void close() {
                // nothing held
            }
        });
    }

    private JsonLdLog() {
    }

    /** Starts collecting the processor's warnings on this thread; the list fills as they come. */
    static List<String> capture() {
        List<String> sink = new ArrayList<>();
        CAPTURED.set(sink);
        return sink;
    }

    /** Stops collecting on this thread. */
    static void release() {
        CAPTURED.remove();
    }
}

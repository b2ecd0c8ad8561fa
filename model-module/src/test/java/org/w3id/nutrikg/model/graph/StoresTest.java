// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.dboe.DBOpEnvException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.nutrikg.model.NutriKGException;
import org.w3id.nutrikg.model.WorkFailedException;

class StoresTest {

    @Test
    void lockHeldByAnotherProcessIsOneLineWithItsId() {
        Path dir = Path.of("/data/s");
        NutriKGException e = Stores.translate(dir,
                new DBOpEnvException("Failed to get a lock: file='/data/s/tdb.lock': held by process 4242"));
        assertTrue(e instanceof WorkFailedException);
        assertEquals("store '/data/s' is in use by process 4242: stop it, or query the store through its endpoint "
                + "with --endpoint", e.getMessage());
    }

    @Test
    void storesAreRecognisedByTheirDataFolders(@TempDir Path tmp) throws IOException {
        assertFalse(Stores.isStore(tmp));
        assertTrue(Stores.isFree(tmp));
        assertTrue(Stores.isFree(tmp.resolve("new")));
        Files.createDirectory(tmp.resolve("Data-0001"));
        assertTrue(Stores.isStore(tmp));
        assertFalse(Stores.isFree(tmp));
        Path file = Files.writeString(tmp.resolve("f.txt"), "x");
        assertFalse(Stores.isStore(file));
        assertFalse(Stores.isFree(file));
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.store;

import java.lang.reflect.Field;

import org.apache.jena.dboe.base.file.BinaryDataFile;
import org.apache.jena.dboe.base.file.BinaryDataFileWriteBuffered;
import org.apache.jena.dboe.trans.data.TransBinaryDataFile;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableTRDF;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a store's node data file keep its length in memory ({@link KnownLengthFile}) for a bulk load. TDB2
 * builds that file inside its storage with no way to choose it, so the file is put in place of the one
 * TDB2's transactional wrapper holds, with a write buffer of Jena's own above it. Where Jena's classes are
 * not as expected (another version of Jena), the store is left as it is and loads as fast as Jena's own.
 */
final class NodeFileLength {

    private static final Logger LOG = LoggerFactory.getLogger(NodeFileLength.class);
    /** TransBinaryDataFile's field that holds the file beneath the transactions. */
    private static final String FIELD = "binFile";

    private NodeFileLength() {
    }

    /**
     * Makes the node data file of {@code dsg} keep its length, before any transaction on it; returns whether
     * it did.
     */
    static boolean keep(DatasetGraph dsg) {
        try {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
            NodeTable nodes = tdb.getTripleTable().getNodeTupleTable().getNodeTable().baseNodeTable();
            if (!(nodes instanceof NodeTableTRDF trdf) || !(trdf.getData() instanceof TransBinaryDataFile trans)) {
                LOG.debug("node file length: the node table is {}, left as it is", nodes.getClass().getName());
                return false;
            }
            Field field = TransBinaryDataFile.class.getDeclaredField(FIELD);
            field.setAccessible(true);
            BinaryDataFile beneath = (BinaryDataFile) field.get(trans);
            if (!(beneath instanceof Buffered)) {
                field.set(trans, above(beneath));
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("node file length: left as it is ({})", e.toString());
            return false;
        }
    }

    /** {@code file} (Jena's buffered node file) beneath a {@link KnownLengthFile} and a write buffer of its own. */
    static BinaryDataFile above(BinaryDataFile file) {
        return new Buffered(new KnownLengthFile(file));
    }

    /** Jena's write buffer above a {@link KnownLengthFile}: its own class, so that it is put in place once. */
    private static final class Buffered extends BinaryDataFileWriteBuffered {
        Buffered(BinaryDataFile file) {
            super(file);
        }
    }
}

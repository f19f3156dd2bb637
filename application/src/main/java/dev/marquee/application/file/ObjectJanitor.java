package dev.marquee.application.file;

import dev.marquee.domain.file.ObjectKey;
import dev.marquee.domain.port.out.FileStorage;
import dev.marquee.domain.shared.StorageUnavailableException;
import dev.marquee.domain.view.StoredFile;
import java.util.List;

/**
 * Removes stored objects whose records are gone. Best effort: an object that cannot be removed now
 * (store down) has no record pointing at it any more, and the sweeper removes it later.
 */
public final class ObjectJanitor {

    private static final System.Logger LOG = System.getLogger(ObjectJanitor.class.getName());

    private final FileStorage storage;

    public ObjectJanitor(FileStorage storage) {
        this.storage = storage;
    }

    public void discard(List<StoredFile> files) {
        files.forEach(file -> discard(file.key()));
    }

    public void discard(ObjectKey key) {
        try {
            storage.delete(key);
        } catch (StorageUnavailableException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "Could not remove object "
                            + key.value()
                            + " now; the sweeper will: "
                            + e.getMessage());
        }
    }
}

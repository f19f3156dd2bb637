package dev.marquee.domain.port.out;

import dev.marquee.domain.file.ListedObject;
import dev.marquee.domain.file.ObjectKey;
import dev.marquee.domain.shared.StorageUnavailableException;
import java.io.InputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the bytes of files in an object store; failures to reach it raise {@link
 * StorageUnavailableException}.
 */
public interface FileStorage {

    void put(ObjectKey key, InputStream content, long size, String contentType);

    InputStream open(ObjectKey key);

    boolean exists(ObjectKey key);

    /** Removes the object; removing one that is not there is not an error. */
    void delete(ObjectKey key);

    /**
     * Up to {@code max} objects in key order after {@code afterKey} (from the start when null);
     * keys not of Marquee's shape are left out.
     */
    List<ListedObject> list(@Nullable ObjectKey afterKey, int max);
}

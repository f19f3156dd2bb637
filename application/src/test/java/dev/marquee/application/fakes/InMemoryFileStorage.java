package dev.marquee.application.fakes;

import dev.marquee.domain.file.ListedObject;
import dev.marquee.domain.file.ObjectKey;
import dev.marquee.domain.port.out.FileStorage;
import dev.marquee.domain.shared.StorageUnavailableException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An object store in memory; {@link #goDown()} makes every call fail as an unreachable store does.
 */
public final class InMemoryFileStorage implements FileStorage {

    private final Map<String, byte[]> objects = new TreeMap<>();
    private final Map<String, String> contentTypes = new HashMap<>();
    private final Map<String, Instant> written = new HashMap<>();
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private boolean down;

    @Override
    public synchronized void put(
            ObjectKey key, InputStream content, long size, String contentType) {
        requireUp();
        try {
            byte[] bytes = content.readAllBytes();
            objects.put(key.value(), bytes);
            contentTypes.put(key.value(), contentType);
            written.put(key.value(), now);
        } catch (IOException e) {
            throw new StorageUnavailableException("could not read the upload", e);
        }
    }

    @Override
    public synchronized InputStream open(ObjectKey key) {
        requireUp();
        byte[] bytes = objects.get(key.value());
        if (bytes == null) {
            throw new StorageUnavailableException("no object " + key.value(), null);
        }
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public synchronized boolean exists(ObjectKey key) {
        requireUp();
        return objects.containsKey(key.value());
    }

    @Override
    public synchronized void delete(ObjectKey key) {
        requireUp();
        objects.remove(key.value());
        contentTypes.remove(key.value());
    }

    @Override
    public synchronized List<ListedObject> list(ObjectKey afterKey, int max) {
        requireUp();
        return objects.keySet().stream()
                .filter(key -> afterKey == null || key.compareTo(afterKey.value()) > 0)
                .limit(max)
                .map(key -> new ListedObject(new ObjectKey(key), written.get(key)))
                .toList();
    }

    /** Objects written from now on carry this time as their last modification. */
    public synchronized void writeAt(Instant instant) {
        now = instant;
    }

    public synchronized boolean holds(ObjectKey key) {
        return objects.containsKey(key.value());
    }

    public synchronized int count() {
        return objects.size();
    }

    public synchronized String contentTypeOf(ObjectKey key) {
        return contentTypes.get(key.value());
    }

    public synchronized void goDown() {
        down = true;
    }

    public synchronized void comeBack() {
        down = false;
    }

    private void requireUp() {
        if (down) {
            throw new StorageUnavailableException("object store down", null);
        }
    }
}

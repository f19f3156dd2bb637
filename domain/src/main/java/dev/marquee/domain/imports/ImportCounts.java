package dev.marquee.domain.imports;

/** What one import step did to one kind of record. */
public record ImportCounts(long created, long updated, long unchanged, long removed) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0);

    public static ImportCounts of(long created, long updated, long unchanged) {
        return new ImportCounts(created, updated, unchanged, 0);
    }

    public ImportCounts plus(ImportCounts other) {
        return new ImportCounts(
                created + other.created,
                updated + other.updated,
                unchanged + other.unchanged,
                removed + other.removed);
    }
}

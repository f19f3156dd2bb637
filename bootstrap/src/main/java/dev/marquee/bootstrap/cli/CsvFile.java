package dev.marquee.bootstrap.cli;

import dev.marquee.domain.imports.SourceRow;
import dev.marquee.domain.shared.InvalidInputException;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file with a header row (RFC 4180: quoted fields may hold commas, quotes, CR and LF; lines
 * may end in CRLF), plain or gzip-compressed, in UTF-8. {@link #check()} reads it through once
 * before anything is written, so that a file that cannot be imported is refused whole; {@link
 * #rows} then streams its rows, one at a time.
 */
final class CsvFile {

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    private static final int BUFFER = 1 << 16;

    private final Path path;
    private final List<String> requiredColumns;

    CsvFile(Path path, List<String> requiredColumns) {
        this.path = path;
        this.requiredColumns = List.copyOf(requiredColumns);
    }

    Path path() {
        return path;
    }

    /** Reads the whole file, checking that it can be imported; returns its number of data rows. */
    long check() {
        try (CSVParser parser = open()) {
            long rows = 0;
            for (Iterator<CSVRecord> records = parser.iterator();
                    hasMore(records, rows);
                    records.next()) {
                rows++;
            }
            if (rows == 0) {
                throw new ImportFileException(path, "has a header but no data rows");
            }
            return rows;
        } catch (IOException e) {
            throw problem(e, -1);
        }
    }

    /** The data rows, each mapped or rejected with a reason; each iteration reads the file anew. */
    <T> Iterable<SourceRow<T>> rows(RecordMapper<T> mapper) {
        return () -> new Rows<>(mapper);
    }

    private boolean hasMore(Iterator<CSVRecord> records, long rowsSoFar) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw problem(e.getCause(), rowsSoFar + 1);
        } catch (IllegalStateException e) {
            throw problem(new IOException(e.getMessage(), e), rowsSoFar + 1);
        }
    }

    private CSVParser open() throws IOException {
        if (Files.isDirectory(path)) {
            throw new ImportFileException(path, "is a directory, not a file");
        }
        InputStream input = Files.newInputStream(path);
        Reader reader;
        try {
            InputStream content =
                    path.getFileName().toString().endsWith(".gz")
                            ? new GZIPInputStream(input, BUFFER)
                            : input;
            reader =
                    new BufferedReader(
                            new InputStreamReader(
                                    content,
                                    StandardCharsets.UTF_8
                                            .newDecoder()
                                            .onMalformedInput(CodingErrorAction.REPORT)
                                            .onUnmappableCharacter(CodingErrorAction.REPORT)),
                            BUFFER);
        } catch (IOException e) {
            input.close();
            throw e;
        }
        CSVParser parser;
        try {
            parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        } catch (IllegalArgumentException e) {
            reader.close();
            throw new ImportFileException(path, "has a malformed header row: " + e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            reader.close();
            throw e;
        }
        List<String> header = parser.getHeaderNames();
        if (header.isEmpty()) {
            parser.close();
            throw new ImportFileException(path, "is empty");
        }
        List<String> missing = new ArrayList<>(requiredColumns);
        missing.removeAll(header);
        if (!missing.isEmpty()) {
            parser.close();
            throw new ImportFileException(
                    path,
                    "lacks the column"
                            + (missing.size() == 1 ? " " : "s ")
                            + String.join(", ", missing)
                            + " (its header row is: "
                            + abbreviated(String.join(",", header))
                            + ")");
        }
        return parser;
    }

    private ImportFileException problem(Throwable cause, long row) {
        String where = row > 0 ? " at data row " + row : "";
        if (cause instanceof ImportFileException known) {
            return known;
        }
        if (cause instanceof NoSuchFileException) {
            return new ImportFileException(path, "does not exist");
        }
        if (cause instanceof AccessDeniedException) {
            return new ImportFileException(path, "cannot be read (permission denied)");
        }
        if (cause instanceof ZipException) {
            return new ImportFileException(path, "is not a gzip file, or a damaged one" + where);
        }
        if (cause instanceof EOFException) {
            return new ImportFileException(path, "ends too early (a truncated gzip file?)" + where);
        }
        if (cause instanceof CharacterCodingException) {
            return new ImportFileException(path, "is not UTF-8 text" + where);
        }
        return new ImportFileException(
                path,
                "is not well-formed CSV"
                        + where
                        + ": "
                        + abbreviated(String.valueOf(cause.getMessage())));
    }

    private static String abbreviated(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 117) + "...";
    }

    /**
     * Turns one record into a value, throwing {@link InvalidInputException} when a field breaks a
     * rule.
     */
    @FunctionalInterface
    interface RecordMapper<T> {
        T map(CSVRecord record);
    }

    /** Streams the rows of one reading of the file. */
    private final class Rows<T> implements Iterator<SourceRow<T>> {

        private final RecordMapper<T> mapper;
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final int columns;
        private long row;

        Rows(RecordMapper<T> mapper) {
            this.mapper = mapper;
            try {
                this.parser = open();
            } catch (IOException e) {
                throw problem(e, -1);
            }
            this.records = parser.iterator();
            this.columns = parser.getHeaderNames().size();
        }

        @Override
        public boolean hasNext() {
            boolean more = hasMore(records, row);
            if (!more) {
                try {
                    parser.close();
                } catch (IOException e) {
                    throw problem(e, row);
                }
            }
            return more;
        }

        @Override
        public SourceRow<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            CSVRecord record = records.next();
            row++;
            if (record.size() != columns) {
                return SourceRow.rejected(
                        row,
                        "has "
                                + (record.size() < columns ? "fewer" : "more")
                                + " fields than the header");
            }
            try {
                return SourceRow.accepted(row, mapper.map(record));
            } catch (InvalidInputException e) {
                return SourceRow.rejected(row, e.getMessage());
            }
        }
    }
}

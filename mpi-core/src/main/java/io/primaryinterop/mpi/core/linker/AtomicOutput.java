package io.primaryinterop.mpi.core.linker;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file written to a temporary file beside it and moved into place only by {@link #commit()}:
 * a failed run leaves no half-written output (and an earlier good file untouched).
 */
final class AtomicOutput implements Closeable {
    private final Path target;
    private final Path temp;
    private final BufferedWriter writer;
    private boolean committed;

    AtomicOutput(Path target) {
        this.target = target.toAbsolutePath();
        try {
            Path dir = this.target.getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            this.temp = Files.createTempFile(dir, "." + this.target.getFileName(), ".partial");
            this.writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    Writer writer() {
        return writer;
    }

    /** Writes text (callers serialise access when several threads share the output). */
    void write(CharSequence text) {
        try {
            writer.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    void commit() {
        try {
            writer.close();
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Discards the temporary file unless committed. */
    @Override
    public void close() {
        if (!committed) {
            try {
                writer.close();
            } catch (IOException ignored) {
                // the file is deleted next; nothing more to do
            }
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // best effort: a leftover .partial file is harmless and named as such
            }
        }
    }
}

package org.baclo.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes a set of files all or nothing: each is written to a hidden temporary file beside
 * its target (with the usual permissions), and only when every one is complete are they
 * moved into place. A failure leaves no partial file. Not thread-safe.
 */
final class OutputFiles {

    /** Writes one file's content. */
    @FunctionalInterface
    interface Content {

        void writeTo(Writer out) throws IOException;

    }

    private record Pending(Path target, Content content) {
    }

    private final List<Pending> pending = new ArrayList<>();

    /**
     * Fails with a {@link BadInputException} if {@code target} cannot be written (no
     * directory, or a directory).
     */
    static void check(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new BadInputException("Cannot write " + target + ": the directory " + dir + " does not exist.");
        }
        if (Files.isDirectory(target)) {
            throw new BadInputException("Cannot write " + target + ": it is a directory.");
        }
    }

    /** Checks {@code target}, then queues it. */
    void add(Path target, Content content) {
        check(target);
        pending.add(new Pending(target, content));
    }

    /** Writes every queued file, or none. */
    void commit() {
        List<Path> temps = new ArrayList<>();
        try {
            for (Pending p : pending) {
                Path target = p.target.toAbsolutePath();
                Path tmp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
                temps.add(tmp);
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
                    p.content.writeTo(w);
                }
            }
            for (int i = 0; i < pending.size(); i++) {
                move(temps.get(i), pending.get(i).target);
            }
        }
        catch (IOException e) {
            throw new BadInputException("Cannot write the output files: " + e.getMessage());
        }
        finally {
            for (Path t : temps) {
                try {
                    Files.deleteIfExists(t);
                }
                catch (IOException ignored) {
                    // best effort: a leftover temporary file is harmless
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

}

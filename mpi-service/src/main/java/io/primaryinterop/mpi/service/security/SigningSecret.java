package io.primaryinterop.mpi.service.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The HMAC secret that signs and verifies the service's own tokens (HS256): the configured one, or
 * else the one in {@code <data dir>/jwt-secret}, created on first use with owner-only permissions.
 * The value never appears in {@link #toString()} or in a message.
 */
public final class SigningSecret {

    public static final String FILE_NAME = "jwt-secret";
    /** HS256 needs at least 256 bits. */
    public static final int MINIMUM_LENGTH = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final String value;
    private final String origin;

    private SigningSecret(String value, String origin) {
        if (value.length() < MINIMUM_LENGTH) {
            throw new IllegalArgumentException("the JWT signing secret from " + origin + " is " + value.length()
                    + " characters; at least " + MINIMUM_LENGTH + " are needed (256 bits for HS256)");
        }
        this.value = value;
        this.origin = origin;
    }

    /** The configured secret if set (not blank), else the data directory's secret file, created if absent. */
    public static SigningSecret resolve(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            return new SigningSecret(configured.strip(), "configuration (mpi.security.jwt-secret / MPI_JWT_SECRET)");
        }
        return fromFile(dataDir.resolve(FILE_NAME));
    }

    /** Reads the secret file, creating it with 256 random bits (owner read/write only) if it does not exist. */
    public static SigningSecret fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            checkOwnerOnly(file);
            return new SigningSecret(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the JWT signing secret " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        try {
            if (posix()) {
                // Created with its permissions, so there is no moment at which others could read it.
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
                file.toFile().setReadable(false, false);
                file.toFile().setReadable(true, true);
                file.toFile().setWritable(false, false);
                file.toFile().setWritable(true, true);
            }
        } catch (FileAlreadyExistsException createdMeanwhile) {
            return; // another process won the race; use its secret
        }
        Files.writeString(file, secret + "\n", StandardCharsets.US_ASCII);
    }

    private static void checkOwnerOnly(Path file) throws IOException {
        if (!posix()) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        for (PosixFilePermission p : permissions) {
            if (!p.name().startsWith("OWNER_")) {
                throw new IllegalStateException("the JWT signing secret " + file + " is accessible to others ("
                        + PosixFilePermissions.toString(permissions) + "): run chmod 600 on it");
            }
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** The secret itself: only for signing and verifying. */
    public String value() {
        return value;
    }

    /** Where it came from (configuration or a file path), for logs and messages. */
    public String origin() {
        return origin;
    }

    @Override
    public String toString() {
        return "SigningSecret[from " + origin + "]";
    }
}

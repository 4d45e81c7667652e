package io.primaryinterop.mpi.service.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SigningSecretTest {

    @TempDir
    Path dir;

    @Test
    void withoutAConfiguredSecretOneIsCreatedOwnerOnlyAndReusedAfterwards() throws Exception {
        Path data = dir.resolve("data");

        SigningSecret first = SigningSecret.resolve(null, data);
        SigningSecret second = SigningSecret.resolve("  ", data);

        Path file = data.resolve(SigningSecret.FILE_NAME);
        assertTrue(Files.exists(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(first.value().length() >= SigningSecret.MINIMUM_LENGTH, "256 random bits, base64url");
        assertEquals(first.value(), second.value(), "the created secret is kept across starts");
        assertEquals(file.toString(), first.origin());
    }

    @Test
    void twoDataDirectoriesGetDifferentSecrets() {
        assertFalse(SigningSecret.resolve(null, dir.resolve("a")).value()
                .equals(SigningSecret.resolve(null, dir.resolve("b")).value()));
    }

    @Test
    void aConfiguredSecretWinsAndNoFileIsCreated() {
        SigningSecret secret = SigningSecret.resolve("configured-secret-0123456789abcdefghijkl", dir);

        assertEquals("configured-secret-0123456789abcdefghijkl", secret.value());
        assertFalse(Files.exists(dir.resolve(SigningSecret.FILE_NAME)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "0123456789012345678901234567890"})
    void aSecretShorterThan256BitsIsRefusedWithoutShowingIt(String tooShort) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SigningSecret.resolve(tooShort, dir));

        assertTrue(e.getMessage().contains("at least 32"), e.getMessage());
        assertFalse(e.getMessage().contains(tooShort), "the message does not repeat the secret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r-----", "rw-rw-rw-", "rw----r--"})
    void aSecretFileOthersCanReadIsRefused(String permissions) throws Exception {
        Path file = dir.resolve(SigningSecret.FILE_NAME);
        Files.writeString(file, "existing-secret-0123456789abcdefghijklmnop\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SigningSecret.resolve(null, dir));

        assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
    }

    @Test
    void toStringNamesTheOriginNotTheValue() {
        SigningSecret secret = SigningSecret.resolve("configured-secret-0123456789abcdefghijkl", dir);

        assertFalse(secret.toString().contains(secret.value()));
    }
}

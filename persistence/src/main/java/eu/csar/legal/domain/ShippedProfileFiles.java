package eu.csar.legal.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The profile files that ship with the platform, in {@code legal-profiles/} (listed, in load
 * order, in {@code legal-profiles/index.txt}): {@code COM-2022-209.v1.json} and
 * {@code COUNCIL-GA-2025.v1.json}. Loaded at start-up where the database lacks them.
 */
public final class ShippedProfileFiles {

    public static final String DIRECTORY = "legal-profiles/";

    private ShippedProfileFiles() {
    }

    /** The file names, in load order. */
    public static List<String> names() {
        return Arrays.stream(read("index.txt").split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A shipped file's text. */
    public static String read(String name) {
        try (InputStream in = ShippedProfileFiles.class.getClassLoader().getResourceAsStream(DIRECTORY + name)) {
            if (in == null) {
                throw new IllegalStateException("no shipped legal profile file " + DIRECTORY + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every shipped file, parsed and checked. */
    public static List<ProfileDocument> documents() {
        return names().stream().map(n -> ProfileDocument.parse(read(n))).toList();
    }
}

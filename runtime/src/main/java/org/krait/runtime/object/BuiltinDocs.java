package org.krait.runtime.object;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The docstrings of built-in types (CPython's tp_doc), read once from {@code builtin-docs.txt}
 * into an immutable table shared by all interpreters.
 */
final class BuiltinDocs {
    private BuiltinDocs() {
    }

    private static final Map<String, String> DOCS = load();

    /** The docstring of built-in type {@code name}, or null when it has none. */
    static String of(String name) {
        return DOCS.get(name);
    }

    private static Map<String, String> load() {
        Map<String, String> docs = new HashMap<>();
        try (InputStream in = BuiltinDocs.class.getResourceAsStream("builtin-docs.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String name = null;
            StringBuilder text = new StringBuilder();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("== ")) {
                    if (name != null) {
                        docs.put(name, text.toString().stripTrailing());
                    }
                    name = line.substring(3);
                    text.setLength(0);
                } else if (name != null) {
                    text.append(line).append('\n');
                }
            }
            if (name != null) {
                docs.put(name, text.toString().stripTrailing());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(docs);
    }
}

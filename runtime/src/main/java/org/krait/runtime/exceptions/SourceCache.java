package org.krait.runtime.exceptions;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.krait.compiler.parser.SourceDecoder;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;

/**
 * The source lines tracebacks show, read as Python/traceback.c display_source_line_with_margin
 * reads them: the file named by the code object (or, when that cannot be opened, its last path
 * component in each {@code sys.path} directory, as _Py_FindSourceFile), decoded with its PEP 263
 * cookie, split with universal newlines and without the newline (PyFile_GetLine(f, -1)). Names
 * like {@code <string>} have no source. One cache per interpreter, like linecache; files that
 * cannot be read are not cached, so a file written later is found then.
 */
public final class SourceCache {
    private final ConcurrentHashMap<String, List<String>> files = new ConcurrentHashMap<>();

    /** Line {@code lineno} (1-based) of {@code filename}, or null if it cannot be read. */
    public String line(String filename, int lineno, PyObject sysPath) {
        if (filename == null || filename.isEmpty() || lineno < 1) {
            return null;
        }
        // Do not attempt to open things like <string> or <stdin>
        if (filename.charAt(0) == '<' && filename.charAt(filename.length() - 1) == '>') {
            return null;
        }
        List<String> lines = files.get(filename);
        if (lines == null) {
            lines = read(filename, sysPath);
            if (lines == null) {
                return null;
            }
            files.put(filename, lines);
        }
        return lineno <= lines.size() ? lines.get(lineno - 1) : null;
    }

    private static List<String> read(String filename, PyObject sysPath) {
        byte[] bytes = readBytes(filename);
        if (bytes == null && sysPath instanceof PyList) {
            String tail = filename.substring(filename.lastIndexOf('/') + 1);
            PyList path = (PyList) sysPath;
            for (int i = 0; i < path.size && bytes == null; i++) {
                if (path.get(i) instanceof PyStr) {
                    String dir = ((PyStr) path.get(i)).value();
                    bytes = readBytes(dir.isEmpty() || dir.endsWith("/") ? dir + tail : dir + "/" + tail);
                }
            }
        }
        return bytes == null ? null : decode(bytes, filename);
    }

    private static byte[] readBytes(String name) {
        try {
            Path p = Path.of(name);
            return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
        } catch (IOException | InvalidPathException | SecurityException e) {
            return null;
        }
    }

    /** The lines of a source file, or null when CPython's strict TextIOWrapper could not decode it. */
    static List<String> decode(byte[] bytes, String filename) {
        String text;
        try {
            text = SourceDecoder.decode(bytes, filename);
        } catch (RuntimeException e) {
            // an unusable coding cookie: traceback.c falls back to (strict) UTF-8
            text = strictUtf8(bytes);
        }
        if (text == null || hasUndecodableByte(text)) {
            return null;
        }
        if (hasBom(bytes)) {
            // traceback.c reopens the file with encoding "utf-8", which keeps the BOM as U+FEFF
            text = "\uFEFF" + text;
        }
        return splitUniversal(text);
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            int skip = hasBom(bytes) ? 3 : 0; // dropped as SourceDecoder drops it; put back by the caller
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** SourceDecoder maps bytes that are not UTF-8 to lone surrogates; a strict decoder fails there. */
    private static boolean hasUndecodableByte(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xDC80 && c <= 0xDCFF && !(i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Lines ended by \n, \r\n or \r, without their ends (TextIOWrapper's universal newlines). */
    static List<String> splitUniversal(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}

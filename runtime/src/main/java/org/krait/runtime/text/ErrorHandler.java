package org.krait.runtime.text;

/**
 * A codec error handler, as registered with codecs.register_error: given the UnicodeDecodeError
 * or UnicodeEncodeError, it throws (strict) or says what to put in place of the failing range
 * and where to go on. The built-in handlers are in {@link ErrorHandlers}; the object model wraps
 * a Python callable in this interface (converting its (str|bytes, int) result, and raising
 * CPython's TypeError when the result has the wrong shape).
 */
@FunctionalInterface
public interface ErrorHandler {
    Replacement handle(CodecError error);

    /**
     * The handler's answer: replacement text (any handler) or bytes (encode handlers only), and
     * the position to resume at, in bytes or code points of the input; negative counts from
     * the end as in CPython.
     */
    final class Replacement {
        private final String text;
        private final byte[] bytes;
        private final long position;

        private Replacement(String text, byte[] bytes, long position) {
            this.text = text;
            this.bytes = bytes;
            this.position = position;
        }

        public static Replacement text(String text, long position) {
            return new Replacement(text, null, position);
        }

        public static Replacement bytes(byte[] bytes, long position) {
            return new Replacement(null, bytes, position);
        }

        /** The replacement str, or null when the handler gave bytes. */
        public String text() {
            return text;
        }

        /** The replacement bytes, or null when the handler gave a str. */
        public byte[] bytes() {
            return bytes;
        }

        public long position() {
            return position;
        }
    }
}

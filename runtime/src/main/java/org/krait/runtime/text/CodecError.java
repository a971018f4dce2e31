package org.krait.runtime.text;

/**
 * A UnicodeDecodeError or UnicodeEncodeError: the codec's name, the object being converted (the
 * bytes when decoding, the str when encoding), the failing range [start, end) in bytes or code
 * points, and the reason ("invalid start byte", ...). The object model builds the Python
 * exception from these fields; {@link #getMessage()} is CPython's str() of that exception
 * (Objects/exceptions.c UnicodeDecodeError_str / UnicodeEncodeError_str).
 */
public final class CodecError extends TextError {
    private static final long serialVersionUID = 1L;

    private final String encoding;
    private final transient byte[] bytesObject;
    private final String strObject;
    private final int start;
    private final int end;
    private final String reason;

    private CodecError(String encoding, byte[] bytesObject, String strObject, int start, int end, String reason) {
        super(Kind.VALUE_ERROR, null);
        this.encoding = encoding;
        this.bytesObject = bytesObject;
        this.strObject = strObject;
        this.start = start;
        this.end = end;
        this.reason = reason;
    }

    /** A UnicodeDecodeError over input[start:end]. */
    public static CodecError decode(String encoding, byte[] input, int start, int end, String reason) {
        return new CodecError(encoding, input, null, start, end, reason);
    }

    /** A UnicodeEncodeError over the code points input[start:end]. */
    public static CodecError encode(String encoding, String input, int start, int end, String reason) {
        return new CodecError(encoding, null, input, start, end, reason);
    }

    /**
     * CPython's str() of the exception, built on demand: handlers such as "replace" create an
     * error per bad sequence and never show it.
     */
    @Override
    public String getMessage() {
        if (isDecodeError()) {
            if (start < bytesObject.length && end == start + 1) {
                return String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", encoding,
                        bytesObject[start] & 0xFF, start, reason);
            }
            return String.format("'%s' codec can't decode bytes in position %d-%d: %s", encoding, start, end - 1,
                    reason);
        }
        int length = strObject.codePointCount(0, strObject.length());
        if (start < length && end == start + 1) {
            int bad = strObject.codePointAt(strObject.offsetByCodePoints(0, start));
            String shown = bad <= 0xFF ? String.format("\\x%02x", bad)
                    : bad <= 0xFFFF ? String.format("\\u%04x", bad) : String.format("\\U%08x", bad);
            return String.format("'%s' codec can't encode character '%s' in position %d: %s", encoding, shown, start,
                    reason);
        }
        return String.format("'%s' codec can't encode characters in position %d-%d: %s", encoding, start, end - 1,
                reason);
    }

    public boolean isDecodeError() {
        return bytesObject != null;
    }

    /** "UnicodeDecodeError" or "UnicodeEncodeError". */
    public String pythonTypeName() {
        return isDecodeError() ? "UnicodeDecodeError" : "UnicodeEncodeError";
    }

    public String encoding() {
        return encoding;
    }

    /** The bytes being decoded (UnicodeDecodeError.object), or null for an encode error. */
    public byte[] bytesObject() {
        return bytesObject;
    }

    /** The str being encoded (UnicodeEncodeError.object), or null for a decode error. */
    public String strObject() {
        return strObject;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String reason() {
        return reason;
    }
}

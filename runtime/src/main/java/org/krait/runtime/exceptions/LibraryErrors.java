package org.krait.runtime.exceptions;

import org.krait.runtime.numeric.NumericError;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.text.CodecError;
import org.krait.runtime.text.TextError;

/**
 * Turns the errors of the pure str/bytes and numeric libraries (which know nothing of Python
 * objects) into the Python exceptions they stand for.
 */
public final class LibraryErrors {
    private LibraryErrors() {
    }

    /** The Python exception for a text-library error: ValueError, UnicodeDecodeError, LookupError, ... */
    public static PyException text(TextError e) {
        if (e instanceof CodecError) {
            return new PyException(UnicodeErrorMethods.fromCodec((CodecError) e));
        }
        switch (e.kind()) {
            case TYPE_ERROR:
                return Errors.typeError(e.getMessage());
            case INDEX_ERROR:
                return Errors.indexError(e.getMessage());
            case OVERFLOW_ERROR:
                return Errors.overflowError(e.getMessage());
            case LOOKUP_ERROR:
                return Errors.raise(ExceptionTypes.LOOKUP_ERROR, e.getMessage());
            default:
                return Errors.valueError(e.getMessage());
        }
    }

    /** The Python exception for a numeric-library error; with an errno its args are (errno, message). */
    public static PyException numeric(NumericError e) {
        PyBaseException x;
        switch (e.kind()) {
            case TYPE_ERROR:
                x = Errors.create(ExceptionTypes.TYPE_ERROR, e.getMessage());
                break;
            case OVERFLOW_ERROR:
                x = Errors.create(ExceptionTypes.OVERFLOW_ERROR, e.getMessage());
                break;
            case ZERO_DIVISION_ERROR:
                x = Errors.create(ExceptionTypes.ZERO_DIVISION_ERROR, e.getMessage());
                break;
            default:
                x = Errors.create(ExceptionTypes.VALUE_ERROR, e.getMessage());
                break;
        }
        if (e.errno() != 0) {
            x.args = PyTuple.of(PyInt.of(e.errno()), PyStr.of(e.getMessage()));
        }
        return new PyException(x);
    }
}

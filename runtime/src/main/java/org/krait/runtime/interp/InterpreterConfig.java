package org.krait.runtime.interp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/** What an interpreter is created with: its standard streams and {@code sys.argv}. */
public record InterpreterConfig(InputStream stdin, OutputStream stdout, OutputStream stderr, List<String> argv) {

    public static InterpreterConfig ofSystem(List<String> argv) {
        return new InterpreterConfig(System.in, System.out, System.err, argv);
    }
}

package org.krait.compiler.parser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints the parser-mode token stream of a file: a smoke entry point until `krait ast` lands. */
public final class TokenizeMain {
    private TokenizeMain() {
    }

    public static void main(String[] args) throws IOException {
        Tokenizer t = Tokenizer.forFile(Files.readAllBytes(Path.of(args[0])), args[0]);
        try {
            while (true) {
                Token tok = t.next();
                System.out.println(tok);
                if (tok.type() == TokenType.ENDMARKER) {
                    break;
                }
            }
        } catch (PySyntaxError e) {
            System.err.print(e.formatForStderr());
            System.exit(1);
        }
    }
}

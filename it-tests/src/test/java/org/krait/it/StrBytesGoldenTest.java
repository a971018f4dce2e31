package org.krait.it;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The str, bytes, bytearray, memoryview and Unicode-error programs of golden/strbytes: all must match CPython. */
class StrBytesGoldenTest {
    @TestFactory
    List<DynamicTest> strbytes() throws IOException {
        return GoldenDirectory.tests("strbytes");
    }
}

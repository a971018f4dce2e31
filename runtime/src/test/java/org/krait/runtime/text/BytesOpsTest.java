package org.krait.runtime.text;

import static org.krait.runtime.text.CaseFile.bytes;
import static org.krait.runtime.text.CaseFile.lng;
import static org.krait.runtime.text.CaseFile.str;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Every bytes method against the results CPython 3.12.1 gave (bytes-cases.jsonl). */
class BytesOpsTest {
    @Test
    void bytesMethodsMatchCPython() throws IOException {
        int n = CaseFile.run("bytes-cases.jsonl", BytesOpsTest::apply);
        assertTrue(n > 20000, "cases read: " + n);
    }

    private static Object apply(String op, List<Object> a) {
        switch (op) {
            case "fromhex": return BytesOps.fromhex(str(a.get(0)));
            case "hexSeparator": return BytesOps.hex(new byte[] {1, 2}, BytesOps.hexSeparator(str(a.get(0))), 1);
            case "hexSeparatorBytes":
                return BytesOps.hex(new byte[] {1, 2}, BytesOps.hexSeparator(bytes(a.get(0))), 1);
            case "byteValue": return BytesOps.byteValue(lng(a.get(0), 0));
            default: break;
        }
        byte[] b = bytes(a.get(0));
        switch (op) {
            case "lower": return BytesOps.lower(b);
            case "upper": return BytesOps.upper(b);
            case "swapcase": return BytesOps.swapcase(b);
            case "title": return BytesOps.title(b);
            case "capitalize": return BytesOps.capitalize(b);
            case "isalnum": return BytesOps.isalnum(b);
            case "isalpha": return BytesOps.isalpha(b);
            case "isascii": return BytesOps.isascii(b);
            case "isdigit": return BytesOps.isdigit(b);
            case "islower": return BytesOps.islower(b);
            case "isspace": return BytesOps.isspace(b);
            case "istitle": return BytesOps.istitle(b);
            case "isupper": return BytesOps.isupper(b);
            case "repr": return BytesOps.repr(b, (Boolean) a.get(1));
            case "splitlines": return BytesOps.splitlines(b, (Boolean) a.get(1));
            case "strip": return BytesOps.strip(b, bytes(a.get(1)));
            case "lstrip": return BytesOps.lstrip(b, bytes(a.get(1)));
            case "rstrip": return BytesOps.rstrip(b, bytes(a.get(1)));
            case "split": return BytesOps.split(b, bytes(a.get(1)), lng(a.get(2), -1));
            case "rsplit": return BytesOps.rsplit(b, bytes(a.get(1)), lng(a.get(2), -1));
            case "partition": return BytesOps.partition(b, bytes(a.get(1)));
            case "rpartition": return BytesOps.rpartition(b, bytes(a.get(1)));
            case "expandtabs": return BytesOps.expandtabs(b, (int) lng(a.get(1), 8));
            case "center": return BytesOps.center(b, lng(a.get(1), 0), bytes(a.get(2))[0]);
            case "ljust": return BytesOps.ljust(b, lng(a.get(1), 0), bytes(a.get(2))[0]);
            case "rjust": return BytesOps.rjust(b, lng(a.get(1), 0), bytes(a.get(2))[0]);
            case "zfill": return BytesOps.zfill(b, lng(a.get(1), 0));
            case "hex": {
                int sep = a.get(1) == null ? -1 : BytesOps.hexSeparator(str(a.get(1)));
                return BytesOps.hex(b, sep, (int) lng(a.get(2), 1));
            }
            case "find": return BytesOps.find(b, bytes(a.get(1)), lng(a.get(2), 0), lng(a.get(3), StrOps.END));
            case "rfind": return BytesOps.rfind(b, bytes(a.get(1)), lng(a.get(2), 0), lng(a.get(3), StrOps.END));
            case "index": return BytesOps.index(b, bytes(a.get(1)), lng(a.get(2), 0), lng(a.get(3), StrOps.END));
            case "rindex": return BytesOps.rindex(b, bytes(a.get(1)), lng(a.get(2), 0), lng(a.get(3), StrOps.END));
            case "count": return BytesOps.count(b, bytes(a.get(1)), lng(a.get(2), 0), lng(a.get(3), StrOps.END));
            case "startswith":
                return BytesOps.startswith(b, affixes(a.get(1)), lng(a.get(2), 0), lng(a.get(3), StrOps.END));
            case "endswith":
                return BytesOps.endswith(b, affixes(a.get(1)), lng(a.get(2), 0), lng(a.get(3), StrOps.END));
            case "removeprefix": return BytesOps.removeprefix(b, bytes(a.get(1)));
            case "removesuffix": return BytesOps.removesuffix(b, bytes(a.get(1)));
            case "replace": return BytesOps.replace(b, bytes(a.get(1)), bytes(a.get(2)), lng(a.get(3), -1));
            case "translate": return BytesOps.translate(b, bytes(a.get(1)), bytes(a.get(2)));
            case "maketrans": return BytesOps.maketrans(b, bytes(a.get(1)));
            case "join": {
                List<byte[]> parts = new ArrayList<>();
                for (Object p : (List<?>) a.get(1)) {
                    parts.add(bytes(p));
                }
                return BytesOps.join(b, parts);
            }
            default: throw new IllegalArgumentException("unknown operation " + op);
        }
    }

    private static byte[][] affixes(Object arg) {
        if (arg instanceof String) {
            return new byte[][] {bytes(arg)};
        }
        List<?> list = (List<?>) arg;
        byte[][] out = new byte[list.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes(list.get(i));
        }
        return out;
    }
}

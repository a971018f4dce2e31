package org.krait.runtime.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * time.gmtime's fields, strftime of every directive (with GNU flags and widths) and asctime,
 * against CPython 3.12.1 on glibc for about 2000 timestamps (numeric/time.tsv from
 * tools/gen-math-cases.py).
 */
class TimeFormatTest {
    @Test
    void gmtimeStrftimeAsctimeAgreeWithCPython() throws IOException {
        String format = null;
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                TimeFormatTest.class.getResourceAsStream("/numeric/time.tsv"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("# format\t")) {
                    format = line.substring("# format\t".length());
                } else if (!line.startsWith("# ")) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        assertEquals(2015, rows.size());
        for (String[] row : rows) {
            long secs = Long.parseLong(row[0]);
            TimeFormat.Tm t = TimeModule.toTm(secs, ZoneOffset.UTC, true);
            String fields = t.year + "," + (t.mon + 1) + "," + t.mday + "," + t.hour + "," + t.min + "," + t.sec + ","
                    + (t.wday + 6) % 7 + "," + (t.yday + 1) + "," + t.isdst;
            assertEquals(row[1], fields, "gmtime(" + secs + ")");
            assertEquals(row[2], TimeFormat.strftime(format, t), "strftime at " + secs);
            assertEquals(row[3], TimeFormat.asctime(t), "asctime at " + secs);
        }
    }

    @Test
    void civilCalendarRoundTrips() {
        for (long days = -800_000; days <= 800_000; days += 37) {
            long[] ymd = TimeModule.civilFromDays(days);
            assertEquals(days, TimeModule.daysFromCivil(ymd[0], ymd[1], ymd[2]));
        }
        assertEquals("[2000, 3, 1]", java.util.Arrays.toString(TimeModule.civilFromDays(11017)));
    }
}

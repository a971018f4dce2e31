package org.krait.runtime.modules;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;

import org.krait.runtime.builtins.StructSeq;
import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.exceptions.PyBaseException;
import org.krait.runtime.exceptions.PyException;
import org.krait.runtime.interp.Interpreter;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyFloat;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyModule;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.ops.Abstract;

/**
 * The {@code time} module (Modules/timemodule.c): clocks from the JDK (wall clock from
 * {@link Instant}, monotonic and performance counters from {@link System#nanoTime}, process CPU
 * time from the management beans), struct_time conversions in UTC and the JVM's default zone,
 * and glibc-style asctime/strftime. sleep is interruptible; it holds no interpreter lock yet.
 */
public final class TimeModule {
    private static final String[] FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
        "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"};
    static final PyType STRUCT_TIME = StructSeq.type("time.struct_time", FIELDS, 9);
    /** The seconds gmtime and localtime accept: glibc's limit for a year that fits a C int. */
    private static final long MAX_SECONDS = 67768036191676799L;
    private static final long MIN_SECONDS = -67768040609740800L;

    private TimeModule() {
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("time");
        m.dict.putStr("struct_time", STRUCT_TIME);
        ZoneId zone = ZoneId.systemDefault();
        int year = java.time.Year.now(zone).getValue();
        ZoneOffset jan = zone.getRules().getOffset(LocalDateTime.of(year, 1, 1, 0, 0));
        ZoneOffset jul = zone.getRules().getOffset(LocalDateTime.of(year, 7, 1, 0, 0));
        // as timemodule.c init_timezone: the standard offset is the larger one west of Greenwich
        ZoneOffset std = jan.getTotalSeconds() <= jul.getTotalSeconds() ? jan : jul;
        ZoneOffset dst = jan.getTotalSeconds() <= jul.getTotalSeconds() ? jul : jan;
        m.dict.putStr("timezone", PyInt.of(-std.getTotalSeconds()));
        m.dict.putStr("altzone", PyInt.of(-dst.getTotalSeconds()));
        m.dict.putStr("daylight", PyInt.of(std.equals(dst) ? 0 : 1));
        m.dict.putStr("tzname", PyTuple.of(PyStr.of(zoneName(zone, false)), PyStr.of(zoneName(zone, true))));
        m.def("time()", (ts, a) -> new PyFloat(seconds(wallNanos())));
        m.def("time_ns()", (ts, a) -> PyInt.of(wallNanos()));
        m.def("monotonic()", (ts, a) -> new PyFloat(seconds(System.nanoTime())));
        m.def("monotonic_ns()", (ts, a) -> PyInt.of(System.nanoTime()));
        m.def("perf_counter()", (ts, a) -> new PyFloat(seconds(System.nanoTime())));
        m.def("perf_counter_ns()", (ts, a) -> PyInt.of(System.nanoTime()));
        m.def("process_time()", (ts, a) -> new PyFloat(seconds(processNanos())));
        m.def("process_time_ns()", (ts, a) -> PyInt.of(processNanos()));
        m.def("thread_time()", (ts, a) -> new PyFloat(seconds(threadNanos())));
        m.def("thread_time_ns()", (ts, a) -> PyInt.of(threadNanos()));
        m.def("sleep(secs, /)", (ts, a) -> sleep(ts, a[0]));
        m.def("gmtime(seconds=None, /)", (ts, a) -> structTime(toTm(epochSeconds(ts, a[0]), ZoneOffset.UTC, true)));
        m.def("localtime(seconds=None, /)", (ts, a) -> structTime(toTm(epochSeconds(ts, a[0]), zone, false)));
        m.def("mktime(t, /)", (ts, a) -> {
            TimeFormat.Tm t = fromTuple(ts, a[0], "mktime");
            return new PyFloat(mktime(t, zone));
        });
        m.def("asctime(t=?, /)", (ts, a) -> {
            TimeFormat.Tm t = a[0] == null ? toTm(nowSeconds(), zone, false) : checked(fromTuple(ts, a[0], "asctime"));
            return PyStr.of(TimeFormat.asctime(t));
        });
        m.def("ctime(seconds=None, /)", (ts, a) -> PyStr.of(TimeFormat.asctime(toTm(epochSeconds(ts, a[0]), zone,
                false))));
        m.def("strftime(format, t=?, /)", (ts, a) -> {
            if (!(a[0] instanceof PyStr)) {
                throw Errors.typeError("strftime() argument 1 must be str, not " + a[0].type().name());
            }
            TimeFormat.Tm t;
            if (a[1] == null) {
                t = toTm(nowSeconds(), zone, false);
            } else {
                t = checked(fromTuple(ts, a[1], "strftime"));
                t.isdst = Math.max(-1, Math.min(1, t.isdst));
                if (t.zone == null) {
                    t.zone = zoneName(zone, t.isdst > 0);
                }
                t.epochSeconds = (long) mktime(t, zone);
            }
            return PyStr.of(TimeFormat.strftime(((PyStr) a[0]).value(), t));
        });
        return m;
    }

    private static String zoneName(ZoneId zone, boolean daylight) {
        if (zone.normalized() instanceof ZoneOffset || zone.getId().equals("Etc/UTC") || zone.getId().equals("UTC")) {
            String id = zone.getId();
            return id.startsWith("Etc/") ? id.substring(4) : id.equals("Z") ? "UTC" : id;
        }
        return java.util.TimeZone.getTimeZone(zone).getDisplayName(daylight, java.util.TimeZone.SHORT, Locale.US);
    }

    // ---- clocks ---------------------------------------------------------------------------------

    private static long wallNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** _PyTime_AsSecondsDouble: whole seconds exactly, else nanoseconds / 1e9. */
    private static double seconds(long nanos) {
        if (nanos % 1_000_000_000L == 0) {
            return (double) (nanos / 1_000_000_000L);
        }
        return (double) nanos / 1e9;
    }

    private static long processNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean) {
            long t = ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
            if (t >= 0) {
                return t;
            }
        }
        return threadNanos();
    }

    private static long threadNanos() {
        java.lang.management.ThreadMXBean b = java.lang.management.ManagementFactory.getThreadMXBean();
        return b.isCurrentThreadCpuTimeSupported() ? b.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static long nowSeconds() {
        return Math.floorDiv(wallNanos(), 1_000_000_000L);
    }

    /** A timeout or timestamp in seconds: a float (not nan) or an int (_PyTime_FromSecondsObject). */
    private static double secondsArgument(ThreadState ts, PyObject o) {
        if (o instanceof PyFloat) {
            double d = ((PyFloat) o).value;
            if (Double.isNaN(d)) {
                throw Errors.valueError("Invalid value NaN (not a number)");
            }
            return d;
        }
        PyInt i = Abstract.index(ts, o);
        return i.fitsLong() ? (double) i.value : i.signum() * Double.POSITIVE_INFINITY;
    }

    private static PyObject sleep(ThreadState ts, PyObject arg) {
        double secs = secondsArgument(ts, arg);
        if (secs < 0) {
            throw Errors.valueError("sleep length must be non-negative");
        }
        if (secs > 9.2e9) {
            throw Errors.overflowError("timestamp too large to convert to C _PyTime_t");
        }
        long nanos = (long) Math.ceil(secs * 1e9);
        try {
            Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            PyBaseException k = new PyBaseException(ExceptionTypes.KEYBOARD_INTERRUPT);
            k.args = PyTuple.EMPTY;
            throw new PyException(k);
        }
        return PyNone.NONE;
    }

    /** The seconds argument of gmtime/localtime/ctime: now when None, else floored to whole seconds. */
    private static long epochSeconds(ThreadState ts, PyObject o) {
        if (o == PyNone.NONE) {
            return nowSeconds();
        }
        double d = secondsArgument(ts, o);
        if (o instanceof PyInt && !((PyInt) o).fitsLong() || Math.abs(d) >= 0x1p63) {
            throw Errors.overflowError("timestamp out of range for platform time_t");
        }
        long s = o instanceof PyInt ? ((PyInt) o).value : (long) Math.floor(d);
        if (s > MAX_SECONDS || s < MIN_SECONDS) {
            // EOVERFLOW from glibc's gmtime_r/localtime_r: the year does not fit a C int
            throw new PyException((PyBaseException) org.krait.runtime.ops.Calls.call(ts, ExceptionTypes.OS_ERROR,
                    PyInt.of(75), PyStr.of("Value too large for defined data type")));
        }
        return s;
    }

    // ---- struct tm ------------------------------------------------------------------------------

    /** The broken-down time of an epoch second in a zone (gmtime when utc: zone name "GMT"). */
    static TimeFormat.Tm toTm(long secs, ZoneId zone, boolean utc) {
        ZoneOffset offset = utc ? ZoneOffset.UTC : zone.getRules().getOffset(Instant.ofEpochSecond(clampInstant(secs)));
        long local = secs + offset.getTotalSeconds();
        long days = Math.floorDiv(local, 86400L);
        long rem = Math.floorMod(local, 86400L);
        TimeFormat.Tm t = new TimeFormat.Tm();
        long[] ymd = civilFromDays(days);
        t.year = ymd[0];
        t.mon = (int) ymd[1] - 1;
        t.mday = (int) ymd[2];
        t.hour = (int) (rem / 3600);
        t.min = (int) (rem % 3600 / 60);
        t.sec = (int) (rem % 60);
        t.wday = (int) Math.floorMod(days + 4, 7L); // 1970-01-01 was a Thursday
        t.yday = (int) (days - daysFromCivil(t.year, 1, 1));
        t.gmtoff = offset.getTotalSeconds();
        if (utc) {
            t.zone = "GMT";
            t.isdst = 0;
        } else {
            Instant at = Instant.ofEpochSecond(clampInstant(secs));
            boolean daylight = zone.getRules().isDaylightSavings(at);
            t.isdst = daylight ? 1 : 0;
            t.zone = zoneName(zone, daylight);
        }
        t.epochSeconds = secs;
        return t;
    }

    private static long clampInstant(long secs) {
        return Math.max(Instant.MIN.getEpochSecond(), Math.min(Instant.MAX.getEpochSecond(), secs));
    }

    /** Proleptic Gregorian {year, month 1-12, day} of a day count from 1970-01-01 (H. Hinnant's algorithm). */
    static long[] civilFromDays(long z) {
        z += 719468;
        long era = Math.floorDiv(z, 146097L);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        return new long[] {m <= 2 ? y + 1 : y, m, d};
    }

    static long daysFromCivil(long y, long m, long d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400L);
        long yoe = y - era * 400;
        long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    private static PyObject structTime(TimeFormat.Tm t) {
        return StructSeq.make(STRUCT_TIME, PyInt.of(t.year), PyInt.of(t.mon + 1), PyInt.of(t.mday),
                PyInt.of(t.hour), PyInt.of(t.min), PyInt.of(t.sec), PyInt.of((t.wday + 6) % 7), PyInt.of(t.yday + 1),
                PyInt.of(t.isdst), PyStr.of(t.zone), PyInt.of(t.gmtoff));
    }

    /** gettmarg: a 9-tuple or struct_time of ints, converted to C's conventions. */
    private static TimeFormat.Tm fromTuple(ThreadState ts, PyObject o, String function) {
        if (!(o instanceof PyTuple)) {
            throw Errors.typeError("Tuple or struct_time argument required");
        }
        PyObject[] items = ((PyTuple) o).items;
        if (items.length != 9) {
            throw Errors.typeError(function + "(): illegal time tuple argument");
        }
        long[] v = new long[9];
        for (int i = 0; i < 9; i++) {
            if (items[i] instanceof PyFloat) {
                throw Errors.typeError("'float' object cannot be interpreted as an integer");
            }
            PyInt n = Abstract.index(ts, items[i]);
            if (!n.fitsLong() || n.value > Integer.MAX_VALUE || n.value < Integer.MIN_VALUE) {
                throw Errors.overflowError(n.signum() < 0 ? "signed integer is less than minimum"
                        : "signed integer is greater than maximum");
            }
            v[i] = n.value;
        }
        TimeFormat.Tm t = new TimeFormat.Tm();
        t.year = v[0];
        t.mon = (int) v[1] - 1;
        t.mday = (int) v[2];
        t.hour = (int) v[3];
        t.min = (int) v[4];
        t.sec = (int) v[5];
        t.wday = (int) ((v[6] + 1) % 7);
        t.yday = (int) v[7] - 1;
        t.isdst = (int) v[8];
        if (o.type() == STRUCT_TIME) {
            PyObject zone = StructSeq.field((PyTuple) o, 9);
            PyObject off = StructSeq.field((PyTuple) o, 10);
            if (zone instanceof PyStr) {
                t.zone = ((PyStr) zone).value();
            }
            if (off instanceof PyInt) {
                t.gmtoff = ((PyInt) off).value;
            }
        }
        return t;
    }

    /** checktm: the range checks of asctime and strftime (0 accepted for the month, day and year day). */
    private static TimeFormat.Tm checked(TimeFormat.Tm t) {
        if (t.mon == -1) {
            t.mon = 0;
        } else if (t.mon < 0 || t.mon > 11) {
            throw Errors.valueError("month out of range");
        }
        if (t.mday == 0) {
            t.mday = 1;
        } else if (t.mday < 0 || t.mday > 31) {
            throw Errors.valueError("day of month out of range");
        }
        if (t.hour < 0 || t.hour > 23) {
            throw Errors.valueError("hour out of range");
        }
        if (t.min < 0 || t.min > 59) {
            throw Errors.valueError("minute out of range");
        }
        if (t.sec < 0 || t.sec > 61) {
            throw Errors.valueError("seconds out of range");
        }
        if (t.wday < 0) {
            throw Errors.valueError("day of week out of range");
        }
        if (t.yday == -1) {
            t.yday = 0;
        } else if (t.yday < 0 || t.yday > 365) {
            throw Errors.valueError("day of year out of range");
        }
        return t;
    }

    /** mktime: the fields normalized (month 13 is next January...) as local time in the zone. */
    private static double mktime(TimeFormat.Tm t, ZoneId zone) {
        try {
            long monthIndex = t.year * 12 + t.mon;
            long year = Math.floorDiv(monthIndex, 12L);
            long mon = Math.floorMod(monthIndex, 12L) + 1;
            long days = daysFromCivil(year, mon, 1) + t.mday - 1;
            long secs = days * 86400L + t.hour * 3600L + t.min * 60L + t.sec;
            LocalDateTime local = LocalDateTime.ofEpochSecond(secs, 0, ZoneOffset.UTC);
            ZonedDateTime z = ZonedDateTime.ofLocal(local, zone, null);
            return (double) z.toEpochSecond();
        } catch (java.time.DateTimeException | ArithmeticException e) {
            throw Errors.overflowError("mktime argument out of range");
        }
    }
}

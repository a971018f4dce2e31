package org.krait.runtime.modules;

/**
 * C's {@code struct tm} and what glibc's strftime and asctime make of it in the C locale: the
 * directives of C99 and POSIX with GNU's flags ({@code -} no padding, {@code _} spaces, {@code 0}
 * zeros, {@code ^} upper case, {@code #} swapped case) and widths; unknown directives are copied.
 */
final class TimeFormat {
    static final String[] WEEKDAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    private TimeFormat() {
    }

    /** struct tm: year is the full year (not minus 1900), mon 0-11, wday 0-6 from Sunday, yday 0-365. */
    static final class Tm {
        long year;
        int mon;
        int mday;
        int hour;
        int min;
        int sec;
        int wday;
        int yday;
        int isdst;
        String zone;
        long gmtoff;
        /** Seconds since the epoch for %s, computed by the caller (mktime of the fields). */
        long epochSeconds;
    }

    private static String abbr(String s) {
        return s.substring(0, 3);
    }

    /** asctime: "Sun Jun 20 23:21:05 1993" (the day padded to two places with a space). */
    static String asctime(Tm t) {
        return abbr(WEEKDAYS[t.wday]) + " " + abbr(MONTHS[t.mon]) + pad(t.mday, 3, ' ') + " " + pad(t.hour, 2, '0')
                + ":" + pad(t.min, 2, '0') + ":" + pad(t.sec, 2, '0') + " " + t.year;
    }

    private static String pad(long v, int width, char fill) {
        String s = Long.toString(Math.abs(v));
        StringBuilder sb = new StringBuilder();
        if (v < 0) {
            sb.append('-');
            width--;
        }
        for (int i = s.length(); i < width; i++) {
            sb.append(fill);
        }
        return sb.append(s).toString();
    }

    static String strftime(String format, Tm t) {
        StringBuilder out = new StringBuilder();
        int n = format.length();
        int i = 0;
        while (i < n) {
            char c = format.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            char flag = 0;
            boolean upper = false;
            boolean swap = false;
            while (i < n && "-_0^#".indexOf(format.charAt(i)) >= 0) {
                char f = format.charAt(i++);
                if (f == '^') {
                    upper = true;
                } else if (f == '#') {
                    swap = true;
                } else {
                    flag = f;
                }
            }
            int width = -1;
            while (i < n && Character.isDigit(format.charAt(i))) {
                width = Math.max(width, 0) * 10 + (format.charAt(i++) - '0');
            }
            while (i < n && (format.charAt(i) == 'E' || format.charAt(i) == 'O')) {
                i++;
            }
            if (i >= n) {
                out.append(format, start, n); // a lone '%' at the end stays
                break;
            }
            char d = format.charAt(i++);
            String text = directive(d, t, flag, width, upper, swap);
            if (text == null) {
                out.append(format, start, i);
            } else {
                out.append(text);
            }
        }
        return out.toString();
    }

    /** One directive's text, or null for an unknown one. */
    private static String directive(char d, Tm t, char flag, int width, boolean upper, boolean swap) {
        switch (d) {
            case 'a':
                return text(abbr(WEEKDAYS[t.wday]), flag, width, upper || swap);
            case 'A':
                return text(WEEKDAYS[t.wday], flag, width, upper || swap);
            case 'b':
            case 'h':
                return text(abbr(MONTHS[t.mon]), flag, width, upper || swap);
            case 'B':
                return text(MONTHS[t.mon], flag, width, upper || swap);
            case 'p':
                return text(t.hour < 12 ? (swap ? "am" : "AM") : (swap ? "pm" : "PM"), flag, width, upper);
            case 'P':
                return text(t.hour < 12 ? "am" : "pm", flag, width, false);
            case 'Z':
                String zone = t.zone == null ? "" : t.zone;
                return text(swap ? zone.toLowerCase(java.util.Locale.ROOT) : zone, flag, width, upper);
            case 'c':
                return text(strftime("%a %b %e %H:%M:%S %Y", t), flag, width, upper);
            case 'x':
            case 'D':
                return text(strftime("%m/%d/%y", t), flag, width, upper);
            case 'X':
            case 'T':
                return text(strftime("%H:%M:%S", t), flag, width, upper);
            case 'r':
                return text(strftime("%I:%M:%S %p", t), flag, width, upper);
            case 'R':
                return text(strftime("%H:%M", t), flag, width, upper);
            case 'F':
                return text(strftime("%Y-%m-%d", t), flag, width, upper);
            case 'n':
                return "\n";
            case 't':
                return "\t";
            case '%':
                return "%";
            case 'd':
                return number(t.mday, 2, '0', flag, width);
            case 'e':
                return number(t.mday, 2, ' ', flag, width);
            case 'm':
                return number(t.mon + 1, 2, '0', flag, width);
            case 'H':
                return number(t.hour, 2, '0', flag, width);
            case 'k':
                return number(t.hour, 2, ' ', flag, width);
            case 'I':
                return number(hour12(t.hour), 2, '0', flag, width);
            case 'l':
                return number(hour12(t.hour), 2, ' ', flag, width);
            case 'M':
                return number(t.min, 2, '0', flag, width);
            case 'S':
                return number(t.sec, 2, '0', flag, width);
            case 'j':
                return number(t.yday + 1, 3, '0', flag, width);
            case 'w':
                return number(t.wday, 1, '0', flag, width);
            case 'u':
                return number(t.wday == 0 ? 7 : t.wday, 1, '0', flag, width);
            case 'U':
                return number((t.yday + 7 - t.wday) / 7, 2, '0', flag, width);
            case 'W':
                return number((t.yday + 7 - (t.wday + 6) % 7) / 7, 2, '0', flag, width);
            case 'V':
                return number(isoWeek(t)[1], 2, '0', flag, width);
            case 'G':
                return number(isoWeek(t)[0], 1, '0', flag, width);
            case 'g':
                return number(Math.floorMod(isoWeek(t)[0], 100), 2, '0', flag, width);
            case 'Y':
                return number(t.year, 1, '0', flag, width);
            case 'y':
                return number(Math.floorMod(t.year, 100), 2, '0', flag, width);
            case 'C':
                return number(Math.floorDiv(t.year, 100), 1, '0', flag, width);
            case 'z':
                long off = t.gmtoff;
                String sign = off < 0 ? "-" : "+";
                off = Math.abs(off) / 60;
                return text(sign + pad(off / 60 * 100 + off % 60, 4, '0'), flag, width, false);
            case 's':
                return number(t.epochSeconds, 1, '0', flag, width);
            default:
                return null;
        }
    }

    private static int hour12(int hour) {
        int h = hour % 12;
        return h == 0 ? 12 : h;
    }

    /** {ISO year, ISO week} of the date: weeks start on Monday, week 1 holds the year's first Thursday. */
    private static long[] isoWeek(Tm t) {
        int wdayMon = (t.wday + 6) % 7; // 0 = Monday
        long year = t.year;
        int week = (t.yday - wdayMon + 10) / 7;
        if (week < 1) {
            year--;
            boolean leap = isLeap(year);
            int yday = t.yday + (leap ? 366 : 365);
            week = (yday - wdayMon + 10) / 7;
        } else if (week == 53) {
            int daysInYear = isLeap(year) ? 366 : 365;
            // the week belongs to the next year when its Thursday falls there
            if (t.yday - wdayMon + 3 >= daysInYear) {
                year++;
                week = 1;
            }
        }
        return new long[] {year, week};
    }

    static boolean isLeap(long y) {
        return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    }

    private static String text(String s, char flag, int width, boolean upper) {
        String v = upper ? s.toUpperCase(java.util.Locale.ROOT) : s;
        if (width <= v.length()) {
            return v;
        }
        char fill = flag == '0' ? '0' : ' ';
        return String.valueOf(fill).repeat(width - v.length()) + v;
    }

    private static String number(long v, int digits, char defaultFill, char flag, int width) {
        if (flag == '-') {
            return Long.toString(v);
        }
        char fill = flag == '_' ? ' ' : flag == '0' ? '0' : defaultFill;
        int w = width >= 0 ? width : digits;
        if (width >= 0 && flag == 0) {
            fill = defaultFill == ' ' ? ' ' : '0';
        }
        return pad(v, w, fill);
    }
}

# time.gmtime, struct_time, asctime, ctime-like formatting and strftime in the C locale, with
# their argument checks (all in UTC, so independent of the machine's time zone).
import time
for secs in [0, 86399.9, 951782400, 1e9, 1700000000, -1, -86400 * 365, 2**31, 253402300799]:
    t = time.gmtime(secs)
    print(t)
    print(t.tm_year, t.tm_yday, t.tm_wday, t.tm_zone, t.tm_gmtoff, len(t), t[0:3], tuple(t)[-1], time.asctime(t))
t = time.gmtime(1e9)
fmt = "%a %A %b %B %c | %d %e %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %Z %z %% | %D %F %T %R %C %G %g %V %u %h %k %l %P %r"
print(time.strftime(fmt, t))
print(time.strftime("%-d|%_d|%05d|%^a|%#b|%10Y|%-H|%Q|%", t), time.strftime("no directives", t))
st = time.struct_time((2024, 2, 29, 13, 5, 9, 3, 60, 0))
print(st, st.tm_mon, time.strftime("%Y-%m-%d %H:%M:%S %j %a", st), time.asctime(st))
print(time.asctime((2024, 1, 5, 3, 4, 5, 0, 5, 0)), time.strftime("%d/%m %j", (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
for f in [lambda: time.gmtime("x"), lambda: time.gmtime(float("nan")), lambda: time.gmtime(1e20),
          lambda: time.asctime((2024, 13, 5, 3, 4, 5, 0, 5, 0)), lambda: time.asctime((2024, 1, 5)),
          lambda: time.asctime([2024, 1, 5, 3, 4, 5, 0, 5, 0]), lambda: time.strftime(5),
          lambda: time.strftime("%Y", (2024, 1, 1, 25, 0, 0, 0, 1, 0)), lambda: time.strftime("%Y", (2024, 1, 1, 0, 0, 0, -2, 1, 0)),
          lambda: time.strftime("%Y", (2024, 1, 1, 0, 0, 0, 0, 367, 0)), lambda: time.asctime((2024, 1, 1, 0, 0, 0, 0, 1.5, 0)),
          lambda: time.struct_time((1, 2, 3)), lambda: time.mktime(5)]:
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(type(time.gmtime()).__name__, time.gmtime()[0] >= 2024, isinstance(time.gmtime(), tuple))

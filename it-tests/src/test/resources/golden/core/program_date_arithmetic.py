# Date arithmetic by hand (no datetime): leap years, day of week, days between, adding days, calendars.

MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else MONTH_DAYS[m - 1]


def to_ordinal(y, m, d):
    if not 1 <= m <= 12 or not 1 <= d <= days_in_month(y, m):
        raise ValueError(f"invalid date {y:04d}-{m:02d}-{d:02d}")
    y1 = y - 1
    days = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400
    days += sum([days_in_month(y, k) for k in range(1, m)])
    return days + d


def from_ordinal(n):
    y = 1
    while True:
        length = 366 if is_leap(y) else 365
        if n > length and n - length > 0 and to_ordinal(y + 1, 1, 1) <= n:
            y = max(y + 1, (n - 1) // 366)
            while to_ordinal(y + 1, 1, 1) <= n:
                y += 1
            continue
        break
    n -= to_ordinal(y, 1, 1) - 1
    m = 1
    while n > days_in_month(y, m):
        n -= days_in_month(y, m)
        m += 1
    return y, m, n


def weekday(y, m, d):
    return NAMES[(to_ordinal(y, m, d) - 1) % 7]


def add_days(date, k):
    return from_ordinal(to_ordinal(*date) + k)


print([y for y in (1900, 2000, 2023, 2024, 2100, 2400) if is_leap(y)])
for date in ((1969, 7, 20), (2000, 1, 1), (2024, 2, 29), (1815, 12, 10), (2038, 1, 19)):
    print(date, weekday(*date), to_ordinal(*date))
print("days from 2000-01-01 to 2024-12-25:", to_ordinal(2024, 12, 25) - to_ordinal(2000, 1, 1))
for date, k in (((2024, 2, 28), 1), ((2023, 2, 28), 1), ((2024, 12, 31), 1), ((2024, 1, 31), 30), ((2000, 3, 1), -1),
                ((1999, 12, 31), 10000)):
    print(date, "+", k, "=", add_days(date, k))
for bad in ((2023, 2, 29), (2024, 13, 1), (2024, 4, 31)):
    try:
        to_ordinal(*bad)
    except ValueError as e:
        print("ValueError:", e)
print(all([from_ordinal(to_ordinal(y, m, 1)) == (y, m, 1) for y in range(1990, 2031) for m in range(1, 13)]))
sundays = sum([1 for y in range(1901, 2001) for m in range(1, 13) if weekday(y, m, 1) == "Sunday"])
print("first-of-month Sundays in the 20th century:", sundays)


def calendar(y, m):
    print(f"{['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]} {y}".center(20))
    print("Mo Tu We Th Fr Sa Su")
    start = (to_ordinal(y, m, 1) - 1) % 7
    cells = ["  "] * start + [f"{d:2d}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        print(" ".join(cells[i:i + 7]))


calendar(2024, 2)

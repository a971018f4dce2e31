# Exceptions inside loops: skip bad records, retry with a limit, collect errors, stop at the first fatal one.

records = ["10", "20", "x", "30", "", "4.5", "-7", None, "40"]
total = 0
errors = []
for i, rec in enumerate(records):
    try:
        total += int(rec)
    except ValueError as e:
        errors.append((i, str(e)))
        continue
    except TypeError as e:
        errors.append((i, str(e)))
        break
    finally:
        pass
print(total, errors)

attempt_results = iter([False, False, True])


def flaky():
    if not next(attempt_results):
        raise TimeoutError("service timed out")
    return "data"


for attempt in range(1, 6):
    try:
        result = flaky()
    except TimeoutError as e:
        print(f"attempt {attempt}: {e}")
    else:
        print(f"attempt {attempt}: got {result}")
        break
else:
    print("gave up")


def safe_div(pairs):
    out = []
    for a, b in pairs:
        try:
            out.append(a / b)
        except ZeroDivisionError:
            out.append(float("inf") if a > 0 else float("-inf") if a < 0 else float("nan"))
        except TypeError:
            out.append(None)
    return out


print(safe_div([(1, 2), (1, 0), (-1, 0), (0, 0), ("a", 1), (9, 3)]))
i = 0
while True:
    try:
        value = [5, 4, 3][i]
    except IndexError:
        print("ran off the end at", i)
        break
    i += 1
results = {}
for key in ["a", "b", "c"]:
    try:
        results[key] = {"a": 1, "c": 3}[key]
    except KeyError as e:
        results[key] = f"missing {e}"
print(results)

# break and continue inside finally discard an exception in flight.

def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(f"error {i}")
        finally:
            break
    return f"loop ended at i={i}, exception discarded"


def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            seen.append(i)
        finally:
            continue
    return seen


def break_overrides_return():
    while True:
        try:
            return "from try"
        finally:
            break
    return "after loop"


def continue_overrides_return():
    out = []
    for i in range(2):
        try:
            return "never returned"
        finally:
            out.append(i)
            continue
    return out


print(break_in_finally())
print(continue_in_finally())
print(break_overrides_return())
print(continue_overrides_return())
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts} failed")
        print("succeeded on attempt", attempts)
        break
    except ConnectionError as e:
        print("retrying after:", e)
        continue
    finally:
        print("   cleanup after attempt", attempts)
for i in range(3):
    try:
        try:
            if i == 1:
                raise RuntimeError("inner")
        finally:
            if i == 1:
                continue
        print("i =", i)
    except RuntimeError:
        print("not reached: continue discarded the error")

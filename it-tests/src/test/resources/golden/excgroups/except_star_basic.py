# except* clauses: each runs at most once with the matching part of the group; the rest goes on.
def raise_group():
    raise ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k1")])


try:
    raise_group()
except* ValueError as eg:
    print("ValueError part:", repr(eg))
except* TypeError as eg:
    print("TypeError part:", repr(eg))
except* LookupError as eg:
    print("LookupError part:", repr(eg), type(eg.exceptions[0]).__name__)
print("all handled")

try:
    try:
        raise_group()
    except* ValueError as eg:
        print("handled only ValueErrors:", eg.exceptions)
except ExceptionGroup as rest:
    print("remaining group:", repr(rest))

try:
    raise_group()
except* (ValueError, KeyError) as eg:
    print("tuple clause got", [str(e) for e in eg.exceptions])
except* Exception as eg:
    print("catch-all got", eg.exceptions)

try:
    raise ValueError("a plain exception")
except* ValueError as eg:
    print("plain exception is wrapped:", repr(eg), "message:", repr(eg.message))

try:
    raise ExceptionGroup("nested", [ExceptionGroup("inner", [ValueError(1)]), ValueError(2), OSError(3)])
except* ValueError as eg:
    print("nesting kept:", repr(eg))
except* OSError as eg:
    print("OSError part:", repr(eg))

try:
    raise ExceptionGroup("no match here", [KeyError("k")])
except* ValueError:
    print("never")
except* KeyError:
    print("clause without a name")

for exc in (ValueError("x"), ExceptionGroup("g", [TypeError()]), KeyError("y")):
    try:
        try:
            raise exc
        except* ValueError as eg:
            print("  ValueError clause for", type(exc).__name__)
        except* TypeError as eg:
            print("  TypeError clause for", type(exc).__name__)
    except KeyError as e:
        print("  a plain exception that does not match passes through unwrapped:", repr(e))

try:
    raise ExceptionGroup("order", [TypeError("first"), ValueError("second")])
except* ValueError as eg:
    print("clauses run in source order, not exception order:", eg.exceptions)
except* TypeError as eg:
    print("then:", eg.exceptions)

print("name cleared after the clause:", "eg" in dir())

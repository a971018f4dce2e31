# OSError subclasses and ValueErrors from file operations, with their exact messages.

try:
    open("exc_oserror_files.does-not-exist.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, "|", e)
    print(isinstance(e, OSError), e.args)
try:
    open(".")
except IsADirectoryError as e:
    print(type(e).__name__, "|", e)
try:
    open("exc_oserror_files.tmp", "rw")
except ValueError as e:
    print("ValueError:", e)
try:
    open("exc_oserror_files.tmp", "wb", encoding="utf-8")
except ValueError as e:
    print("ValueError:", e)
try:
    open("exc_oserror_files.tmp", "w", buffering=-5, errors="x").close()
except (ValueError, LookupError) as e:
    print(type(e).__name__ + ":", e)

f = open("exc_oserror_files.tmp", "w")
f.write("hello")
f.close()
for label, action in (("write", lambda: f.write("x")), ("read", lambda: f.read()), ("readline", lambda: f.readline())):
    try:
        action()
    except ValueError as e:
        print(label, "ValueError:", e)
print(f.closed)
with open("exc_oserror_files.tmp") as r:
    try:
        r.write("not allowed")
    except OSError as e:
        print(type(e).__name__, "|", e)
    print(r.read())
with open("exc_oserror_files.tmp", "rb") as rb:
    data = rb.read()
    try:
        rb.read("all")
    except TypeError as e:
        print("TypeError:", e)
print(data)
with open("exc_oserror_files.tmp", "w") as w:
    try:
        w.write(b"bytes into a text file")
    except TypeError as e:
        print("TypeError:", e)
    try:
        w.read()
    except OSError as e:
        print(type(e).__name__, "|", e)
for errno, cls in ((2, "FileNotFoundError"), (13, "PermissionError"), (21, "IsADirectoryError"), (99, "OSError")):
    print(errno, type(OSError(errno, "msg")).__name__ == cls)

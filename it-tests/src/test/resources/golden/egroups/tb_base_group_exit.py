# A BaseExceptionGroup holding SystemExit is not SystemExit: it prints and exits with status 1.
import sys


def stop():
    sys.exit(5)


excs = []
for f in (stop, lambda: sys.exit("message"), lambda: 1 / 0):
    try:
        f()
    except BaseException as e:
        excs.append(e)
print([type(e).__name__ for e in excs])
sys.stdout.flush()
raise BaseExceptionGroup("exits", excs)

# An uncaught BaseExceptionGroup holding SystemExit and KeyboardInterrupt: it is printed like any
# other group and the exit status is 1.
import sys


def shutdown():
    problems = [SystemExit(3), KeyboardInterrupt(), ValueError("flush failed")]
    raise BaseExceptionGroup("shutdown", problems)


print("shutting down", file=sys.stderr)
shutdown()

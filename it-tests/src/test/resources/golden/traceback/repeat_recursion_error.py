# Unbounded recursion: RecursionError after the recursion limit, with the repeat summary.
import sys

sys.setrecursionlimit(60)


def forever(n):
    return forever(n + 1)


forever(0)

# Deep recursion without Python recursion: generators as stack frames driven by a trampoline.
def run(gen):
    stack = [gen]
    value = None
    max_depth = 1
    while stack:
        try:
            request = stack[-1].send(value)
        except StopIteration as e:
            stack.pop()
            value = e.value
            continue
        stack.append(request)
        max_depth = max(max_depth, len(stack))
        value = None
    return value, max_depth


def sum_to(n):
    if n == 0:
        return 0
    rest = yield sum_to(n - 1)
    return n + rest


def fib(n):
    if n < 2:
        return n
    a = yield fib(n - 1)
    b = yield fib(n - 2)
    return a + b


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return (yield ackermann(m - 1, 1))
    inner = yield ackermann(m, n - 1)
    return (yield ackermann(m - 1, inner))


def depth_of(tree):
    if not isinstance(tree, list) or not tree:
        return 0
    best = 0
    for child in tree:
        d = yield depth_of(child)
        best = max(best, d)
    return best + 1


print(run(sum_to(10)))
print(run(sum_to(5000)))
print(run(fib(15)))
print(run(ackermann(2, 3)))
nested = 0
for _ in range(3000):
    nested = [nested, [1]]
print(run(depth_of(nested)))


def failing(n):
    if n == 0:
        raise ValueError("bottom reached")
    yield failing(n - 1)


def run_with_errors(gen):
    stack = [gen]
    value = None
    error = None
    while stack:
        try:
            if error is not None:
                err, error = error, None
                request = stack[-1].throw(err)
            else:
                request = stack[-1].send(value)
        except StopIteration as e:
            stack.pop()
            value = e.value
            continue
        except Exception as e:
            stack.pop()
            if not stack:
                raise
            error = e
            continue
        stack.append(request)
        value = None
    return value


def guarded(n):
    try:
        return (yield failing(n))
    except ValueError as e:
        return f"recovered: {e}"


print(run_with_errors(guarded(2000)))
try:
    run_with_errors(failing(100))
except ValueError as e:
    print("escaped:", e)

# The Python side of the JMH micro-benchmarks (PrimitivesBenchmark, GeneratorBenchmark).
# Each function does its primitive LOOPS * 10 times (unrolled by ten so that the loop itself
# costs little; `for_range` measures that loop alone) and returns a value that depends on the
# work, so that nothing is dead code. run-jmh calls them with loops=100: 1000 operations.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return self.x


GLOBAL = 7


def attr_load(loops):
    # each load needs the one before (a ring of two points), so none can be hoisted or dropped
    p = Point(3, 4)
    q = Point(5, 4)
    p.x = q
    q.x = p
    for _ in range(loops):
        p = p.x; p = p.x; p = p.x; p = p.x; p = p.x
        p = p.x; p = p.x; p = p.x; p = p.x; p = p.x
    return p.y


def method_call(loops):
    p = Point(3, 4)
    a = 0
    for _ in range(loops):
        a = p.norm1(); a = p.norm1(); a = p.norm1(); a = p.norm1(); a = p.norm1()
        a = p.norm1(); a = p.norm1(); a = p.norm1(); a = p.norm1(); a = p.norm1()
    return a


def global_load(loops):
    a = 0
    for _ in range(loops):
        a = GLOBAL; a = GLOBAL; a = GLOBAL; a = GLOBAL; a = GLOBAL
        a = GLOBAL; a = GLOBAL; a = GLOBAL; a = GLOBAL; a = GLOBAL
    return a


def int_add(loops):
    # every sum fits in 64 bits: the fast path, with its overflow check
    a = 1000
    b = 3
    for _ in range(loops):
        a = a + b; a = a + b; a = a + b; a = a + b; a = a + b
        a = a + b; a = a + b; a = a + b; a = a + b; a = a + b
    return a


def dict_get(loops):
    d = {'k0': 0, 'k1': 1, 'k2': 2, 'k3': 3, 'k4': 4, 'k5': 5, 'k6': 6, 'k7': 7, 'k8': 8, 'k9': 9}
    a = 0
    for _ in range(loops):
        a = d['k0']; a = d['k1']; a = d['k2']; a = d['k3']; a = d['k4']
        a = d['k5']; a = d['k6']; a = d['k7']; a = d['k8']; a = d['k9']
    return a


def dict_set(loops):
    d = {}
    for i in range(loops):
        d['k0'] = i; d['k1'] = i; d['k2'] = i; d['k3'] = i; d['k4'] = i
        d['k5'] = i; d['k6'] = i; d['k7'] = i; d['k8'] = i; d['k9'] = i
    return d


def list_append(loops):
    lst = []
    for i in range(loops):
        lst.append(i); lst.append(i); lst.append(i); lst.append(i); lst.append(i)
        lst.append(i); lst.append(i); lst.append(i); lst.append(i); lst.append(i)
    return lst


def list_index(loops):
    # each index is the item before (a cycle through the list), so none can be hoisted or dropped
    lst = [1, 2, 3, 4, 5, 6, 7, 8, 9, 0]
    a = 0
    for _ in range(loops):
        a = lst[a]; a = lst[a]; a = lst[a]; a = lst[a]; a = lst[a]
        a = lst[a]; a = lst[a]; a = lst[a]; a = lst[a]; a = lst[a]
    return a + 9


def str_concat(loops):
    # two short strings joined into a new one each time
    s = 'spam'
    t = 'eggs'
    a = ''
    for _ in range(loops):
        a = s + t; a = t + s; a = s + t; a = t + s; a = s + t
        a = t + s; a = s + t; a = t + s; a = s + t; a = t + s
    return a


def str_build(loops):
    # the `s += piece` idiom: a string growing to loops * 10 characters
    s = ''
    for _ in range(loops):
        s += 'a'; s += 'b'; s += 'c'; s += 'd'; s += 'e'
        s += 'f'; s += 'g'; s += 'h'; s += 'i'; s += 'j'
    return s


def for_range(loops):
    # the loop alone, loops * 10 iterations
    a = 0
    for i in range(loops * 10):
        a = i
    return a


def add(a, b):
    return a


def call_positional(loops):
    a = 0
    for _ in range(loops):
        a = add(1, 2); a = add(1, 2); a = add(1, 2); a = add(1, 2); a = add(1, 2)
        a = add(1, 2); a = add(1, 2); a = add(1, 2); a = add(1, 2); a = add(1, 2)
    return a


def call_keywords(loops):
    a = 0
    for _ in range(loops):
        a = add(a=1, b=2); a = add(b=2, a=1); a = add(1, b=2); a = add(a=1, b=2); a = add(b=2, a=1)
        a = add(1, b=2); a = add(a=1, b=2); a = add(b=2, a=1); a = add(1, b=2); a = add(a=1, b=2)
    return a


def upto(n):
    i = 0
    while i < n:
        yield i
        i += 1


def gen_for(loops):
    # a generator created, then resumed loops * 10 times by a for loop
    a = 0
    for i in upto(loops * 10):
        a = i
    return a


def counter():
    i = 0
    while True:
        yield i
        i = (i + 1) & 127


if __name__ == '__main__':
    # what the benchmarks' test expects, as CPython 3.12.1 computes it
    for f in (attr_load, method_call, global_load, int_add, dict_get, list_index, str_concat, for_range,
              call_positional, call_keywords, gen_for):
        print(f.__name__, f(100))
    print('dict_set', sorted(dict_set(100).items()))
    lst = list_append(100)
    print('list_append', len(lst), sum(lst))
    s = str_build(100)
    print('str_build', len(s), s[:12], s[-3:])
    g = counter()
    print('counter', [next(g) for _ in range(130)][-4:])

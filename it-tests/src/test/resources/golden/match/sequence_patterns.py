# Sequence patterns: lengths, stars in every position, nesting, which types count as sequences.
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y]:
            return f"two: {x!r}, {y!r}"
        case [first, *middle, last] if len(middle) < 3:
            return f"first={first!r} middle={middle!r} last={last!r}"
        case [*head, a, b]:
            return f"long, head of {len(head)}, ends {a!r} {b!r}"


for s in [[], [1], (1, 2), [1, 2, 3], (1, 2, 3, 4), list(range(6)), range(3), range(10, 0, -3)]:
    print(f"{s!r:24} {shape(s)}")

print("non-sequences:", [shape(x) for x in ["ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, 5, None, iter([1])]])


class MyList(list):
    pass


class MyTuple(tuple):
    pass


class LooksLikeASequence:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return [10, 20][i]


print(shape(MyList([7, 8])), shape(MyTuple((1,))), shape(LooksLikeASequence()))
print(shape(memoryview(b"xy")))


def star_positions(seq):
    match seq:
        case [*all_items] if len(all_items) == 0:
            return "star only, empty"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case [*init, 9]:
            return f"ends with 9, init {init}"
        case [0, *mid, 0]:
            return f"zero-wrapped {mid}"
        case [*everything]:
            return f"anything else {everything}"


for s in [[], [1], [1, 2, 3], [5, 9], [9], [0, 0], [0, 4, 5, 0], [4, 5]]:
    print(s, "->", star_positions(s))


def nested(data):
    match data:
        case [[a, b], [c, d]]:
            return f"2x2 {a}{b}{c}{d}"
        case [(x, y), *rest] if all(len(r) == 2 for r in rest):
            return f"pairs starting at {x},{y} (+{len(rest)})"
        case [[*row], *_]:
            return f"first row has {len(row)}"
        case _:
            return "no"


print(nested([[1, 2], [3, 4]]), nested([(0, 0), (1, 1), (2, 2)]), nested([[1, 2, 3], 4]), nested([1]))
print(nested(((1, 2), [3, 4])), nested([[], []]), nested([["a", "b"], "cd"]))


def tuple_vs_list_pattern(x):
    match x:
        case (a, b):
            return f"paren pattern {a},{b}"
        case a, b, c:
            return f"bare tuple pattern {a},{b},{c}"
    return "no"


print(tuple_vs_list_pattern([1, 2]), tuple_vs_list_pattern((1, 2, 3)), tuple_vs_list_pattern("ab"))

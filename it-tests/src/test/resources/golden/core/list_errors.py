# The exception messages raised by list operations.

def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


lst = [10, 20, 30]
attempt("lst[3]", lambda: lst[3])
attempt("lst[-4]", lambda: lst[-4])
attempt("lst['0']", lambda: lst["0"])
attempt("lst[1.0]", lambda: lst[1.0])
attempt("lst[None]", lambda: lst[None])
attempt("lst.index(99)", lambda: lst.index(99))
attempt("lst.index(10, 1)", lambda: lst.index(10, 1))
attempt("lst.remove(99)", lambda: lst.remove(99))
attempt("[].pop()", lambda: [].pop())
attempt("lst.pop(5)", lambda: lst.pop(5))
attempt("lst.pop('x')", lambda: lst.pop("x"))
attempt("lst.insert('a', 1)", lambda: lst.insert("a", 1))
attempt("lst.insert(1)", lambda: lst.insert(1))
attempt("lst.append(1, 2)", lambda: lst.append(1, 2))
attempt("lst + (1,)", lambda: lst + (1,))
attempt("lst + 'ab'", lambda: lst + "ab")
attempt("lst * 1.5", lambda: lst * 1.5)
attempt("lst - [10]", lambda: lst - [10])
attempt("lst.sort(key=1)", lambda: lst.sort(key=1))
attempt("list(5)", lambda: list(5))
attempt("list(None)", lambda: list(None))
attempt("list([1], [2])", lambda: list([1], [2]))
attempt("hash(lst)", lambda: hash(lst))
attempt("{lst: 1}", lambda: {lst: 1})
attempt("lst < 'a'", lambda: lst < "a")
attempt("lst.extend(1)", lambda: lst.extend(1))
attempt("lst.count()", lambda: lst.count())
attempt("[1, 2][::0]", lambda: [1, 2][::0])


def set_item():
    lst[5] = 1


def del_item():
    del lst[7]


attempt("lst[5] = 1", set_item)
attempt("del lst[7]", del_item)
attempt("lst.nope", lambda: lst.nope)
attempt("lst += 5", lambda: lst.__iadd__(5))
print(lst)

# BinOp anchors: '~' under the operands, '^' under the operator (two characters for // and **),
# found by parsing the highlighted segment. The last operation of a chain is the one that fails.
def show(label, fn):
    try:
        fn()
    except Exception as e:
        print(label, type(e).__name__)


a, b, zero = 7, "x", 0
show("floordiv", lambda: a // zero)
show("pow", lambda: a ** -1.5 ** b)
total = a * 2 + 3 - b

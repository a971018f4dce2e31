# A small stack machine whose instructions are tuples dispatched with match.
def run(program, trace=False):
    stack = []
    pc = 0
    out = []
    steps = 0
    labels = {ins[1]: i for i, ins in enumerate(program) if ins[0] == "label"}
    while pc < len(program):
        steps += 1
        if steps > 500:
            raise RuntimeError("step limit")
        ins = program[pc]
        pc += 1
        match ins:
            case ("push", value):
                stack.append(value)
            case ("pop",):
                stack.pop()
            case ("dup",):
                stack.append(stack[-1])
            case ("swap",):
                stack[-2], stack[-1] = stack[-1], stack[-2]
            case (("add" | "sub" | "mul" | "mod") as op,):
                b, a = stack.pop(), stack.pop()
                match op:
                    case "add":
                        stack.append(a + b)
                    case "sub":
                        stack.append(a - b)
                    case "mul":
                        stack.append(a * b)
                    case "mod":
                        stack.append(a % b)
            case ("jump", str(label)):
                pc = labels[label]
            case ("jz", str(label)):
                if stack.pop() == 0:
                    pc = labels[label]
            case ("label", _):
                pass
            case ("print",):
                out.append(stack[-1])
            case ("print", str(fmt)):
                out.append(fmt.format(*stack))
            case ("halt",):
                break
            case (op, *args):
                raise ValueError(f"bad instruction {op!r} with {len(args)} args")
            case _:
                raise TypeError(f"instruction must be a tuple, got {ins!r}")
        if trace:
            print(f"    {pc:2} {ins!r:24} {stack}")
    return out, stack, steps


countdown = [("push", 3), ("label", "top"), ("dup",), ("jz", "end"), ("print",), ("push", 1), ("sub",),
             ("jump", "top"), ("label", "end"), ("print", "done with {}"), ("halt",), ("print", "never")]
print(run(countdown, trace=True))

arith = [("push", 7), ("push", 6), ("mul",), ("print",), ("push", 5), ("mod",), ("print",),
         ("push", 10), ("swap",), ("sub",), ("print", "result {}")]
print(run(arith))

sum_to = [("push", 0), ("push", 10), ("label", "loop"), ("dup",), ("jz", "end"), ("dup",), ("print", "acc={} n={} n={}"),
          ("pop",), ("swap",), ("push", 1), ("add",), ("swap",), ("push", 1), ("sub",), ("jump", "loop"),
          ("label", "end"), ("pop",), ("print",)]
print(run(sum_to))
for bad in ([("push",), ("frobnicate", 1, 2)], [["push", 1]], [("div",)]):
    try:
        print(run(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# Lists as stacks and queues: balanced brackets, postfix evaluation, BFS.

def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for i, ch in enumerate(text):
        if ch in "([{":
            stack.append((ch, i))
        elif ch in pairs:
            if not stack:
                return f"unexpected {ch!r} at {i}"
            top, pos = stack.pop()
            if top != pairs[ch]:
                return f"mismatch {top!r} at {pos} vs {ch!r} at {i}"
    if stack:
        return f"unclosed {stack[-1][0]!r} at {stack[-1][1]}"
    return "balanced"


for t in ("(a[b]{c})", "([)]", "((", "())", "", "{[()()]}", "x)"):
    print(repr(t), balanced(t))


def postfix(expr):
    stack = []
    for tok in expr.split():
        if tok in ("+", "-", "*", "/"):
            b = stack.pop()
            a = stack.pop()
            stack.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[tok])
        else:
            stack.append(int(tok))
        print("   ", tok, stack)
    return stack.pop()


print(postfix("3 4 + 2 * 7 -"))
print(postfix("5 1 2 + 4 * + 3 -"))
try:
    postfix("1 +")
except IndexError as e:
    print("IndexError:", e)

graph = {"A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"], "F": []}
queue = ["A"]
seen = ["A"]
order = []
while queue:
    node = queue.pop(0)
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.append(nxt)
            queue.append(nxt)
print("bfs", order)

stack = ["A"]
visited = []
while stack:
    node = stack.pop()
    if node in visited:
        continue
    visited.append(node)
    stack.extend(reversed(graph[node]))
print("dfs", visited)

# Huffman codes: build the tree with a hand-written heap, encode, decode, and compare sizes.

class Node:
    def __init__(self, weight, symbol=None, left=None, right=None):
        self.weight, self.symbol, self.left, self.right = weight, symbol, left, right


def heap_push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i and heap[(i - 1) // 2][:2] > heap[i][:2]:
        heap[i], heap[(i - 1) // 2] = heap[(i - 1) // 2], heap[i]
        i = (i - 1) // 2


def heap_pop(heap):
    top = heap[0]
    last = heap.pop()
    if heap:
        heap[0] = last
        i = 0
        while True:
            kids = [k for k in (2 * i + 1, 2 * i + 2) if k < len(heap)]
            if not kids:
                break
            k = min(kids, key=lambda j: heap[j][:2])
            if heap[k][:2] < heap[i][:2]:
                heap[i], heap[k] = heap[k], heap[i]
                i = k
            else:
                break
    return top


def build(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    heap = []
    order = 0
    for ch in sorted(freq):
        heap_push(heap, (freq[ch], order, Node(freq[ch], ch)))
        order += 1
    while len(heap) > 1:
        w1, _, a = heap_pop(heap)
        w2, _, b = heap_pop(heap)
        heap_push(heap, (w1 + w2, order, Node(w1 + w2, None, a, b)))
        order += 1
    return heap[0][2], freq


def codes(node, prefix="", table=None):
    table = {} if table is None else table
    if node.symbol is not None:
        table[node.symbol] = prefix or "0"
    else:
        codes(node.left, prefix + "0", table)
        codes(node.right, prefix + "1", table)
    return table


def decode(bits, root):
    out, node = [], root
    for b in bits:
        node = node.left if b == "0" else node.right
        if node.symbol is not None:
            out.append(node.symbol)
            node = root
    return "".join(out)


text = "this is an example of a huffman tree built by hand in python"
root, freq = build(text)
table = codes(root)
for ch in sorted(table, key=lambda c: (len(table[c]), c)):
    print(repr(ch), freq[ch], table[ch])
encoded = "".join([table[ch] for ch in text])
print(len(encoded), "bits vs", 8 * len(text), "bits;", f"{len(encoded) / (8 * len(text)):.1%}")
print(encoded[:64])
print(decode(encoded, root) == text)
single_root, _ = build("aaaa")
print(codes(single_root), "(a single symbol gets the code '0')")

# Classic list algorithms by hand: binary search, merge sort, quicksort, insertion sort.

def binary_search(items, target):
    lo, hi = 0, len(items) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid, steps
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps


def merge_sort(items):
    if len(items) <= 1:
        return items[:]
    mid = len(items) // 2
    left, right = merge_sort(items[:mid]), merge_sort(items[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    return out + left[i:] + right[j:]


def quicksort(items):
    if len(items) <= 1:
        return items
    pivot = items[len(items) // 2]
    return (quicksort([x for x in items if x < pivot]) + [x for x in items if x == pivot]
            + quicksort([x for x in items if x > pivot]))


def insertion_sort(items):
    items = items[:]
    shifts = 0
    for i in range(1, len(items)):
        key = items[i]
        j = i - 1
        while j >= 0 and items[j] > key:
            items[j + 1] = items[j]
            j -= 1
            shifts += 1
        items[j + 1] = key
    return items, shifts


# A deterministic pseudo-random sequence (linear congruential generator)
seed = 12345
data = []
for _ in range(25):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    data.append(seed % 100)
print(data)
print(merge_sort(data))
print(quicksort(data) == sorted(data), merge_sort(data) == sorted(data))
print(insertion_sort(data))
srt = sorted(data)
for target in (srt[0], srt[-1], srt[12], 100, -1):
    print(target, binary_search(srt, target))

# Two-pointer: pairs that sum to a target
def pairs_with_sum(items, target):
    items = sorted(items)
    i, j = 0, len(items) - 1
    found = []
    while i < j:
        s = items[i] + items[j]
        if s == target:
            found.append((items[i], items[j]))
            i += 1
            j -= 1
        elif s < target:
            i += 1
        else:
            j -= 1
    return found


print(pairs_with_sum(data, 100))
# Kadane's maximum subarray
vals = [x - 50 for x in data]
best = cur = vals[0]
for v in vals[1:]:
    cur = max(v, cur + v)
    best = max(best, cur)
print(vals, best)

# fannkuch: for every permutation of 0..n-1, reverse the prefix headed by the
# first element until 0 comes first; report the largest flip count and a
# signed checksum. Permutations in counting order, list slicing and reversal.

N = 9
REPEAT = 5


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    perm_count = 0
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        first = perm[0]
        while first != 0:
            # reverse perm[0..first]
            perm[:first + 1] = perm[first::-1]
            flips += 1
            first = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += sign * flips
        sign = -sign
        perm_count += 1
        # next permutation by rotating prefixes (the counting scheme)
        while True:
            if r == n:
                return max_flips, checksum, perm_count
            head = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = head
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main():
    results = [fannkuch(N) for _ in range(REPEAT)]
    max_flips, checksum, perms = results[0]
    print("runs agree:", results.count(results[0]) == REPEAT)
    print("n=%d permutations=%d checksum=%d max flips=%d" % (N, perms, checksum, max_flips))


main()

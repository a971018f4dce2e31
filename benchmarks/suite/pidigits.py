# pidigits: decimal digits of pi from Gibbons' unbounded spigot algorithm.
# Almost all time goes into arithmetic on ints thousands of digits long
# (multiplication, floor division), plus tuple packing of the state.

DIGITS = 6250


def pi_digits(count):
    digits = []
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)
    return digits


def main():
    digits = pi_digits(DIGITS)
    text = "".join([str(d) for d in digits])
    print("first 50:", text[:50])
    print("last 50: ", text[-50:])
    tally = [0] * 10
    for d in digits:
        tally[d] += 1
    print("digits=%d sum=%d tally=%s" % (len(digits), sum(digits), tally))


main()

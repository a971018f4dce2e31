# &, |, ^, ~, <<, >> on negative (two's complement semantics) and huge ints; bit_length and
# bit_count; shift errors.
vals = [0, 1, -1, 5, -5, 255, -256, 2**64 - 1, -(2**64), 2**100 + 12345, -(2**100) - 1]
for a in vals:
    print(a, ~a, a & 0xff, a | 0x100, a ^ -1, a << 3, a >> 2, a >> 200, a.bit_length(), a.bit_count())
print(1 << 64, 1 << 200, -1 << 70, (2**70) >> 69, -(2**70) >> 69, 12345 << 0, 0 << 10**12, 5 >> 10**30)
for f in [lambda: 1 << -1, lambda: 1 >> -1, lambda: 1 << 2**70, lambda: 1 << -(2**70)]:
    try:
        print(f())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(True & 3, True | 2, True ^ 3, ~False, 6 & True, (-2**63) >> 1, (2**63 - 1) << 1)
print((2**64).bit_length(), (-(2**64)).bit_length(), (2**64 - 1).bit_count(), (-7).bit_count())

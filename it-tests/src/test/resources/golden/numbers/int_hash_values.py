# hash() of ints: values modulo 2**61 - 1 with the sign kept, -1 mapped to -2, equal to the hash
# of equal floats; bool hashes as int.
for v in [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, -(2**61) + 1, 2**64, -(2**64), 10**30, -(10**30), 2**200,
          True, False]:
    print(v, hash(v))
print(hash(2.0) == hash(2), hash(2**61 - 1) == hash(float(2**61 - 1)), hash(-1.0), hash(2**70) == hash(2.0**70))
class H(int):
    def __hash__(self):
        return 12345
print(hash(H(3)), int.__hash__(H(3)))

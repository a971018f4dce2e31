# sys.float_info and sys.hash_info, and the values they describe.
import sys
fi = sys.float_info
print(fi)
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.radix, fi.rounds, fi.max_exp, fi.min_exp,
      fi.max_10_exp, fi.min_10_exp)
print(len(fi), fi[0], fi[-1], tuple(fi)[2:5], type(fi).__name__, isinstance(fi, tuple))
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0, fi.max * 2, fi.min / 2 > 0)
hi = sys.hash_info
print(hi)
print(hi.modulus == 2**61 - 1, hi.inf == hash(float("inf")), hi.imag, hi.width, hi.algorithm)
print(hash(1e300) == hash(int(1e300)) % hi.modulus if hash(1e300) > 0 else False)
try:
    fi.max = 1.0
except AttributeError as e:
    print("AttributeError")

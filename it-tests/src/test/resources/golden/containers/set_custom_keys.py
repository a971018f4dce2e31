class K:
    def __init__(self, n, h):
        self.n = n
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        print("eq", self.n, other.n)
        return self.n == other.n
    def __repr__(self):
        return "K" + str(self.n)

# colliding hashes are probed linearly, then by perturbation; __eq__ runs only on equal hashes
s = {K(1, 5), K(2, 5), K(3, 13), K(4, 5)}
print(s)
print(K(2, 5) in s, K(9, 5) in s, K(3, 99) in s)
s.add(K(1, 5))
s.discard(K(2, 5))
print(s)
s.add(K(5, 5))
print(s)

class Mutator:
    def __init__(self, n, target):
        self.n = n
        self.target = target
    def __hash__(self):
        return 7
    def __eq__(self, other):
        if self.target is not None:
            t = self.target
            self.target = None
            t.clear()
            t.add(100)
            print("mutated")
        return False
    def __repr__(self):
        return "M" + str(self.n)
t = set()
t.add(Mutator(1, None))
probe = Mutator(2, t)
print(probe in t, t)
t2 = {Mutator(3, None)}
t2.add(Mutator(4, t2))
print(len(t2))

class Big:
    def __hash__(self):
        return 2**70
    def __repr__(self):
        return "Big"
print({Big(), 5}, hash(Big()) == hash(2**70))
print({-1, -2} == {-2, -1}, {-1} , {2**61 - 1, 0})

# Iterating tuples, zip of tuples, building tuples from generators-of-lists, and tuple comparisons in loops.

days = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
temps = (12, 14, 9, 15, 17, 20, 18)
for day, t in zip(days, temps):
    print(day, "*" * (t // 2), t)
warm = tuple([d for d, t in zip(days, temps) if t >= 15])
print(warm, type(warm).__name__)
print(tuple(enumerate(days[:3])), tuple(zip(days[:2], temps[:2])))
print(tuple(map(lambda t: round(t * 9 / 5 + 32, 1), temps)))
it = iter(days)
print(next(it), next(it), tuple(it))
idx = 0
while idx < len(days):
    if days[idx].startswith("s"):
        print("first weekend day:", days[idx], "at", idx)
        break
    idx += 1
else:
    print("no weekend")
pairs = tuple(zip(temps, temps[1:]))
print([b - a for a, b in pairs])
rising = 0
for a, b in pairs:
    if b > a:
        rising += 1
print("rising days", rising)
matrix = ((1, 2, 3), (4, 5, 6))
print(tuple(zip(*matrix)), tuple([sum(r) for r in matrix]), tuple([tuple(reversed(r)) for r in matrix]))
print(sorted(zip(temps, days))[:3], max(zip(temps, days)))

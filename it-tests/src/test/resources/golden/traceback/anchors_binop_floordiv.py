# A two-character operator gets two '^'.
def per_person(total, people):
    return total // people


print(per_person(10, 3))
print(per_person(10, 0))

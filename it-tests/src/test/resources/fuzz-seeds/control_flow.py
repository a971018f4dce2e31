def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"


count = 0
while True:
    count += 1
    if count > 5:
        break
    elif count == 3:
        continue
else:
    pass

for i in range(3):
    print(classify(i - 1))
else:
    print("done")

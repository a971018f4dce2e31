# input(): prompts go to stdout, lines come from stdin without the newline, EOFError at the end.

name = input("What is your name? ")
print(f"Hello, {name}!")
age = int(input("How old are you? "))
print(f"Next year you will be {age + 1}.")
numbers = []
while True:
    line = input("number (blank to stop): ")
    if not line.strip():
        break
    numbers.append(float(line))
print("numbers:", numbers, "sum:", sum(numbers))
raw = input()
print("raw line:", repr(raw))
print("tabs and spaces kept:", repr(input()))
try:
    input("one more? ")
except EOFError as e:
    print("\nEOFError:", e)
try:
    input("a", "b")
except TypeError as e:
    print("TypeError:", e)

# An exception raised inside a generator while a for loop consumes it ends the program.
def parse_all(lines):
    for number, line in enumerate(lines, 1):
        key, _, value = line.partition("=")
        print(f"  parsing line {number}: {key!r}")
        yield key.strip(), int(value)


config = ["width = 10", "height = 20", "depth = deep", "never = 1"]
settings = {}
for key, value in parse_all(config):
    settings[key] = value
    print("stored", key, settings)
print("not reached")

# An uncaught exception raised three calls deep: the traceback lists every frame, outermost first.

def parse_record(text):
    name, age = text.split(",")
    return {"name": name.strip(), "age": int(age)}


def load(lines):
    records = []
    for line in lines:
        records.append(parse_record(line))
        print("loaded", records[-1])
    return records


def main():
    data = ["Ada, 36", "Linus, 28", "Grace, eighty-five", "Guido, 68"]
    people = load(data)
    print("never printed", people)


print("starting")
main()
print("not reached")

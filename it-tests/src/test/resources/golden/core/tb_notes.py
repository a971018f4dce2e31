# Exception notes (add_note) are printed after the exception message, one per line.

def show(rows):
    for row in rows:
        print(" ", ",".join(row))


def validate(row_number, row):
    try:
        if len(row) != 3:
            raise ValueError(f"expected 3 columns, got {len(row)}")
        return [int(v) for v in row]
    except ValueError as e:
        e.add_note(f"row {row_number}: {row!r}")
        e.add_note("hint: every row needs three integer columns")
        raise


rows = [["1", "2", "3"], ["4", "5", "6"], ["7", "8"]]
for i, row in enumerate(rows, 1):
    print(i, validate(i, row))

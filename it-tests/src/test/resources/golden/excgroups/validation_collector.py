# Realistic use: validate records, collect every problem into nested groups, then handle the
# problems by kind with except*.
class FieldError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field


class MissingField(FieldError):
    pass


class RecordError(ExceptionGroup):
    def derive(self, excs):
        return RecordError(self.message, excs)


def validate(record):
    problems = []
    for field in ("id", "name", "email"):
        if field not in record:
            problems.append(MissingField(field, "missing"))
    if "id" in record and not isinstance(record["id"], int):
        problems.append(FieldError("id", f"must be an int, not {type(record['id']).__name__}"))
    if "email" in record and "@" not in record["email"]:
        problems.append(FieldError("email", f"{record['email']!r} has no @"))
    if "age" in record and not 0 <= record["age"] < 150:
        problems.append(FieldError("age", f"{record['age']} out of range"))
    if problems:
        raise RecordError(f"record {record.get('id', '?')}", problems)


def validate_all(records):
    failures = []
    ok = 0
    for r in records:
        try:
            validate(r)
            ok += 1
        except RecordError as e:
            failures.append(e)
    if failures:
        raise ExceptionGroup(f"{len(failures)} of {len(records)} records invalid", failures)
    return ok


records = [
    {"id": 1, "name": "ann", "email": "ann@x.org", "age": 30},
    {"id": "2", "name": "bo", "email": "bo.x.org"},
    {"name": "cy"},
    {"id": 4, "name": "di", "email": "di@x.org", "age": 200},
    {"id": 5, "name": "ed", "email": "ed@x.org"},
]

try:
    print("valid:", validate_all(records))
except* MissingField as eg:
    print("missing fields:")
    for record_group in eg.exceptions:
        print(f"  {record_group.message}: {[e.field for e in record_group.exceptions]} ({type(record_group).__name__})")
except* FieldError as eg:
    print("bad values:")
    for record_group in eg.exceptions:
        for e in record_group.exceptions:
            print(f"  {record_group.message}: {e}")

try:
    print("valid:", validate_all([records[0], records[4]]))
except* ValueError:
    print("not reached")

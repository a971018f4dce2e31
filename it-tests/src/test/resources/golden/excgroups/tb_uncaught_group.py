# An uncaught ExceptionGroup: the boxed display with one section per sub-exception.
def check_user(user):
    errors = []
    if not user.get("name"):
        errors.append(ValueError("name is required"))
    if user.get("age", 0) < 0:
        errors.append(ValueError(f"age must be positive, got {user['age']}"))
    if "@" not in user.get("email", ""):
        errors.append(KeyError("email"))
    if errors:
        raise ExceptionGroup(f"invalid user {user.get('name')!r}", errors)
    return True


print(check_user({"name": "ann", "age": 3, "email": "a@x"}))
print(check_user({"name": "", "age": -1}))

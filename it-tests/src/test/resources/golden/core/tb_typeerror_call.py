# Calling a function with the wrong arguments raises TypeError at the call site.

def describe(user):
    role = "admin" if user["admin"] else "user"
    return f"{user['name']} <{user['email']}> [{role}]"


def make_user(name, email, *, admin=False):
    return {"name": name, "email": email, "admin": admin}


users = [
    make_user("ann", "ann@example.com"),
    make_user("bob", "bob@example.com", admin=True),
]
for u in users:
    print(u)
    print("  ", describe(u))
print("users:", len(users))
extra = make_user("cy", "cy@example.com", True)
print(extra)

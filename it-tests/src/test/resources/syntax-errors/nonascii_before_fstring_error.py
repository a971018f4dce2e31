café = f"{}"

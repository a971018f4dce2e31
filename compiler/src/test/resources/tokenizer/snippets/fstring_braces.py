f"a{{b}}c"

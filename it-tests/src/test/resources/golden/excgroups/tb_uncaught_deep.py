# Groups nested more than 10 deep: the display is cut at max_group_depth.
e = ValueError("at the bottom")
for level in range(12):
    e = ExceptionGroup(f"level {level}", [e, KeyError(level)] if level % 4 == 0 else [e])
raise e

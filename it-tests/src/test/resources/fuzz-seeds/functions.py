def total(values, start=0, /, *extra, scale=1.0, **options):
    result = start
    for v in values:
        result += v * scale
    if extra:
        result += sum(extra)
    return result, options


def apply(f, *args, **kwargs):
    return f(*args, **kwargs)


print(apply(total, [1, 2, 3], 10, 4, 5, scale=2, verbose=True))

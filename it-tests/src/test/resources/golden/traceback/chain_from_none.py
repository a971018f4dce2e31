# raise ... from None suppresses the context.
def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise AttributeError(k) from None


get({}, "name")

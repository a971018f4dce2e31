def identity[T](x: T) -> T:
    return x

def pick[K: str, V: (int, float)](mapping: dict[K, V], key: K, default: V = 0) -> V:
    return mapping.get(key, default)

def variadic[*Ts, **P](*args: *Ts, **kwargs):
    pass

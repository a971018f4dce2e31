def config(cfg):
    match cfg:
        case {}:
            return None
        case {"name": str(name), "size": size, **rest}:
            return name, size, rest
        case {"name": name}:
            return name
        case {1: one, **others}:
            return one, others

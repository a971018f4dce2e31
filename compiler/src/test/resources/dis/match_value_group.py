import color

def paint(c):
    match c:
        case color.RED:
            return 1
        case (color.GREEN):
            return 2
        case color.Shade.DARK | color.Shade.LIGHT:
            return 3
        case _:
            return 0

f'a' F'b' fr'c' Rf'd' rF'e' FR'f'

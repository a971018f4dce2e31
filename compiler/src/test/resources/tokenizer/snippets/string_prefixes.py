r'a' R'b' b'c' B'd' u'e' U'f' br'g' Rb'h' bR'i' rb'j' RB'k'

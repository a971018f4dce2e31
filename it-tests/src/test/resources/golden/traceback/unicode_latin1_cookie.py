# -*- coding: latin-1 -*-
# A PEP 263 coding declaration: the source line is decoded with it before display.
prénom = "Zoé"
print(prénom)
print(prénom + 1)

1j 1.5J 1e3j 0j 00j 09j .5j

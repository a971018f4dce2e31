f"\n\t{x}\\ \N{BULLET} {y}"

1if x else 2

0e

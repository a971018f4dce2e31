f"hello {name}!"

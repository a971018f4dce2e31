b = b'\x1'

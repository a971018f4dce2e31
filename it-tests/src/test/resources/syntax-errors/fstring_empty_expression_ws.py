s = f'a { } b'

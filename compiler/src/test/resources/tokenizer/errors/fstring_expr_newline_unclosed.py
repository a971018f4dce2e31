f'abc{x

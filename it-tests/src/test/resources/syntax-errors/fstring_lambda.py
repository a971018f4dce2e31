s = f'{lambda x: 1}'

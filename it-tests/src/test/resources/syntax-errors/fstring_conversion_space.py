s = f'{x! r}'

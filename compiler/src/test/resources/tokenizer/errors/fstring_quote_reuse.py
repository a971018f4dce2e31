f'{x' + f'{y}'

noms = ['éléphant' 'zèbre' x]

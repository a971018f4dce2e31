x = '''
ab

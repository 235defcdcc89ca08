LOCAL = True

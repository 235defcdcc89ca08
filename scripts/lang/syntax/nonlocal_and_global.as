# A name declared both nonlocal and global in one function is a SyntaxError, reported at
# the first of the two declarations.
def counter():
    count = 0

    def bump():
        nonlocal count
        global count
        count += 1

    return bump


print(counter()())

# An exception raised inside exec'd code: the traceback includes the "<string>" frame and
# the frames of the functions it defined.

code = """
def parse(items):
    return [int(x) for x in items]

numbers = parse(["1", "2", "three"])
"""
print("running")
exec(code)

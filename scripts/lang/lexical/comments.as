# Checks: comments in every position, '#' inside strings, comments inside brackets.
x = 1  # trailing comment
# full-line comment
print(x)  # print it
s = "# not a comment"
t = '# also not'  # but this is
print(s, t)
values = [
    1,  # first
    # a comment line inside a list display
    2,
    3,  # last
]
print(values)
d = {  # after an opening brace
    "a": 1,
    # "b": 2,
    "c": 3,
}
print(d)
def f(a,  # parameter comment
      b):
    # comment as the first line of a body
    return a + b  # return comment
print(f(1,
        # comment between arguments
        2))
#no space after hash
#
print("end")  #

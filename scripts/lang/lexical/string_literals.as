# Checks: the four string quote styles, quotes inside strings, multi-line triple-quoted strings.
a = 'single'
b = "double"
c = '''triple single'''
d = """triple double"""
print(a, b, c, d)
print('it\'s', "say \"hi\"", "it's", 'say "hi"')
print('''he said "it's" ok''')
print("""line one
line two
    indented line three""")
e = """
starts with a newline"""
print(repr(e))
f = '''ends with a newline
'''
print(repr(f))
print(len(""), len(''), len(""""""), len(''''''))
print("""a "quoted" word and ""two"" quotes""")
print('''can hold ''' + "'''")
g = """backslash-newline \
joins lines"""
print(g)
print("tab\there", 'nl\\n literal')
print(repr("mixed 'single' and \"double\""))

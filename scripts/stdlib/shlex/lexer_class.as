# shlex.shlex as a tokenizer for a small assignment language, in both modes: tokens one at a
# time with get_token and push_token (lookahead), iteration, custom wordchars and
# commenters, whitespace_split, line numbers and error_leader for messages.
import io
import shlex

SOURCE = """# settings
name = "Ada Lovelace"   # full name
path=/usr/local/bin
flags = -O2 -Wall
quote = 'it''s'
"""


def parse(text, posix):
    lexer = shlex.shlex(text, infile="settings.conf", posix=posix)
    lexer.wordchars += "/.-"
    pairs = []
    while True:
        key = lexer.get_token()
        if key == lexer.eof:
            break
        eq = lexer.get_token()
        if eq != "=":
            print("  " + lexer.error_leader() + f"expected '=' after {key!r}, got {eq!r}")
            lexer.push_token(eq)
            continue
        value = lexer.get_token()
        pairs.append((key, value, lexer.lineno))
    return pairs


for posix in (False, True):
    print("posix =", posix)
    for pair in parse(SOURCE, posix):
        print("  ", pair)

lexer = shlex.shlex("cp -r 'my dir' ~/backup; echo done # copy", posix=True)
lexer.whitespace_split = True
print(list(lexer))
lexer = shlex.shlex("cp -r 'my dir' ~/backup; echo done # copy")
print(list(lexer), repr(lexer.eof))

lexer = shlex.shlex(io.StringIO("one two\n% comment\nthree"), posix=True)
lexer.commenters = "%"
print([(tok, lexer.lineno) for tok in lexer])

lexer = shlex.shlex('a "b c" d')
lexer.push_token("first")
lexer.push_token("zeroth")
print(lexer.get_token(), lexer.get_token(), lexer.read_token(), list(lexer))

print(shlex.split("a 'b c' \"d e\" f#g # h", posix=False))
print(shlex.split("a 'b c' # h", comments=True, posix=False))
print(shlex.split('say "hi there" \\"x\\"'), shlex.split('say "hi there"', posix=False))

lexer = shlex.shlex("tab\there", posix=True)
lexer.whitespace = " "
print(list(lexer))
lexer = shlex.shlex("x 'a\\' \"b\\\"c\\d\"", posix=True)
print(list(lexer))
lexer = shlex.shlex("caf\xe9 na\xefve")
print(list(lexer), list(shlex.shlex("caf\xe9 na\xefve", posix=True)))
for text, posix in [("'open", False), ('"open', True), ("end\\", True)]:
    try:
        list(shlex.shlex(text, posix=posix))
    except ValueError as e:
        print(repr(text), "ValueError:", e)

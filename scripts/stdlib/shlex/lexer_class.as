import shlex
lex = shlex.shlex("a = 'b c' # comment\nnext_line && x", posix=True)
print(list(lex))
lex = shlex.shlex("ls -l | grep foo>out.txt", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("key=value other='x y'", posix=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("one two")
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex.push_token("again"); print(lex.get_token())
print(shlex.split("a 'b' \"c\"", posix=False), shlex.split("esc\\ aped \\$x"))
print(shlex.quote("$HOME/it's here"), shlex.join(["echo", "hello world", "it's"]))
try:
    shlex.split("bad\\")
except ValueError as e:
    print("ValueError:", e)

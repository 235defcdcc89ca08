# Splitting, quoting and re-joining command lines, as a task runner does with user input.
import shlex

lines = [
    'deploy --env prod --tag "release 1.2"',
    "grep -r 'TODO: fix' src/ # find work",
    r'cp my\ file.txt "dest dir/"',
    'echo "nested \\"quotes\\" and \\$HOME and \\n"',
    "say 'it'\\''s fine'",
    'empty "" args \'\'',
    "tabs\tand\nnewlines   between",
    'mixed"quo"ted\'parts\'',
    "",
    "   ",
]
for line in lines:
    print(shlex.split(line))
    print("  comments:", shlex.split(line, comments=True))

for bad in ['echo "unterminated', "it's", "trailing\\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)

args = ["ls", "-la", "My Documents", "it's", "$HOME", "a;b", "", "safe-name_1.txt", "x=y", "ünï"]
for a in args:
    print(repr(a), "->", shlex.quote(a))
cmd = shlex.join(args)
print(cmd)
print(shlex.split(cmd) == args)
try:
    shlex.quote(5)
except TypeError as e:
    print("TypeError:", e)

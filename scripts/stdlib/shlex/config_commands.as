# A tiny config language: one command per line, shell-quoted arguments, # comments; a
# malformed line stops the program with shlex's error.
import shlex

CONFIG = """
set name "Ada Lovelace"   # the user
set greeting 'Hello, it'"'"'s me'
alias ll ls\\ -l --color=auto
run echo "$HOME is not expanded" done
set motto "unterminated
"""

settings = {}
for number, line in enumerate(CONFIG.strip().splitlines(), 1):
    try:
        words = shlex.split(line, comments=True)
    except ValueError as e:
        raise ValueError(f"config line {number}: {e}") from None
    print(number, words)
    command, *args = words
    if command == "set":
        settings[args[0]] = " ".join(args[1:])
    print("  rebuilt:", shlex.join(words))
print(settings)

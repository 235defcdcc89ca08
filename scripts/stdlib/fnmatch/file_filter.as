# A CLI-ish file filter: include and exclude glob patterns over a listing.
import fnmatch
import shlex

listing = ["src/main.py", "src/util.py", "src/__init__.py", "tests/test_main.py",
           "tests/data/input.json", "README.md", "setup.cfg", "build/lib/main.py",
           ".gitignore", "docs/index.rst", "src/native.c", "src/native.h", "Makefile",
           "notes.TXT", "a?b.txt", "[draft].md"]


def select(names, includes, excludes):
    chosen = []
    for name in names:
        if not any(fnmatch.fnmatch(name, p) for p in includes):
            continue
        if any(fnmatch.fnmatchcase(name, p) for p in excludes):
            continue
        chosen.append(name)
    return chosen


for command in ['--include "*.py" --exclude "build/*" --exclude "*/__init__.py"',
                "--include 'src/*.[ch]'",
                "--include '*' --exclude '.*' --exclude '*.[!m]*'",
                "--include '[[]*' --include 'a[?]b.txt'",
                "--include '*.txt' --include '*.TXT'",
                "--include 'tests/*'"]:
    words = shlex.split(command)
    includes = [words[i + 1] for i, w in enumerate(words) if w == "--include"]
    excludes = [words[i + 1] for i, w in enumerate(words) if w == "--exclude"]
    print(command)
    print("  ", select(listing, includes, excludes))

print(fnmatch.filter(listing, "*.md"), fnmatch.filter(listing, "src/????.py"))
print(fnmatch.fnmatch("Makefile", "m*"), fnmatch.fnmatchcase("Makefile", "M*"))
print(fnmatch.fnmatch("line1\nline2", "line1*"), fnmatch.fnmatch("abc", "[a-c][!a-c]?"))
for pattern in ["*.py", "data_??.csv", "[!.]*", "*a*b*c", "[a-z0-9_]*", "[]-]", "[z-a]x", "[!]", "lit[", "a**b", "x[&~|]y", "[a-c-e]"]:
    print(f"{pattern!r:14} {fnmatch.translate(pattern)!r}")

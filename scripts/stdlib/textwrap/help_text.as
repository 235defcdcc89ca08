# Formatting command-line help text with TextWrapper indents.
import textwrap

OPTIONS = [
    ("-v, --verbose", "Print every step of the build, including the commands run and the time each one took."),
    ("-j N", "Run N jobs in parallel."),
    ("--output-directory=DIR", "Write all generated artifacts, logs and the final report into DIR instead of the current working directory."),
]
wrapper = textwrap.TextWrapper(width=60, initial_indent=" " * 26, subsequent_indent=" " * 26)
for flag, text in OPTIONS:
    lines = wrapper.wrap(text)
    if len(flag) < 24:
        lines[0] = "  " + flag.ljust(24) + lines[0][26:]
    else:
        print("  " + flag)
    print("\n".join(lines))
print(textwrap.fill("usage: build [-h] [-v] [-j N] [--output-directory=DIR] target [target ...]", width=40, subsequent_indent="       "))

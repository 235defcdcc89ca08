# Cleaning up embedded text blocks with dedent and quoting replies with indent.
import textwrap


USAGE = """
    Usage:
        tool run FILE
          --fast   skip checks

    Report bugs to the list.
    """
print(repr(textwrap.dedent(USAGE)))
print(textwrap.dedent(USAGE).strip())
sql = """
        SELECT id, name
          FROM users
         WHERE active = 1
    """
print(textwrap.dedent(sql))
print(repr(textwrap.dedent("\tone\n\t\ttwo\n\n\tthree")), repr(textwrap.dedent("  a\n\tb")), repr(textwrap.dedent("  x\n \n  y")))
reply = "I agree.\n\nBut what about tests?\n"
print(textwrap.indent(reply, "> "), end="")
print(textwrap.indent(reply, "> ", lambda line: True), end="")
print(textwrap.indent("a\r\nb\r\n", "+ ").encode())

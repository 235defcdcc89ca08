# Checks: an uncaught exception raised `from` another; stderr shows both tracebacks and ends
# with the outer exception.
class ParseError(Exception):
    pass
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError(f"could not parse {text!r}") from e
print(parse("12"))
print(parse("twelve"))

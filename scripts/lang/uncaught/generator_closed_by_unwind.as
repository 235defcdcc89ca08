# The exception leaving main drops its loop's generator: its finally runs before the traceback.
def records():
    try:
        yield 1
        yield 2
    finally:
        print("close records")


def main():
    for r in records():
        raise RuntimeError("boom")


main()

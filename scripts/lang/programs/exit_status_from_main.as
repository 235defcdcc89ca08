# sys.exit(main()) with a status: finally runs, errors go to stderr, status 3.
import sys

def main(argv):
    print("args:", argv[1:])
    errors = []
    for item in ["1", "2", "x", "4"]:
        try:
            int(item)
        except ValueError:
            errors.append(item)
    if errors:
        print(f"invalid: {errors}", file=sys.stderr)
        return 3
    return 0

if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    finally:
        print("finally before exit")

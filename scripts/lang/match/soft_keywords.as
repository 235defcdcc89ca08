# `match` and `case` are soft keywords: they are ordinary names everywhere except at the start
# of a match statement and its case clauses.
import re

match = re.match(r"(\w+)@(\w+)", "ada@example")
print(match.group(1), match.group(2))
case = {"upper": str.upper, "lower": str.lower}
print(case["upper"]("shout"))


def match(pattern, text):
    return re.fullmatch(pattern, text) is not None


print(match(r"\d+", "123"), match(r"\d+", "12a"))


class Case:
    def __init__(self):
        self.match = "attribute named match"
        self.case = "attribute named case"


c = Case()
print(c.match, "/", c.case)
match = [1, 2]
match[0] = 10
print(match)
match (match):
    case [10, n]:
        print("a match statement whose subject is the list named match:", n)
case = 3
match case:
    case 3:
        print("matched the variable named case")
match -case:
    case -3:
        print("negative subject")
match.append(3)
match match:
    case [*items]:
        case = len(items)
        print("case is now", case)
print([match for match in range(3)], {case: case for case in "ab"})

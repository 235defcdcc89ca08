# A class with no indented body.
class C:
pass

# A with with no indented body.
with open("x") as f:
pass

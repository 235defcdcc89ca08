# A finally with no indented body.
try:
    x = 1
finally:
pass

# An else with no indented body.
if False:
    pass
else:
pass

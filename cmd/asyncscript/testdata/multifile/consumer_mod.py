import helpers
print("consumer sees partial helpers:", hasattr(helpers, "GREETING"))

def late():
    return helpers.GREETING

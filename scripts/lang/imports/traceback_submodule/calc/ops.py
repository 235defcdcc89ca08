from .checks import require


def safe_div(a, b):
    require(b != 0, "division by zero")
    return a / b

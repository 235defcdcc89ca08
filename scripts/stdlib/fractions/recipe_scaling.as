# Scale a recipe by exact fractions and print mixed numbers, as a cook would read them.
from fractions import Fraction

recipe = {"flour (cups)": Fraction(9, 4), "sugar (cups)": Fraction("2/3"), "butter (cups)": Fraction(1, 2),
          "eggs": Fraction(3), "vanilla (tsp)": Fraction("1.5")}

def mixed(q):
    whole, rest = divmod(q, 1)
    if not rest:
        return str(whole)
    return f"{whole} {rest}" if whole else str(rest)

for factor in (Fraction(1, 2), Fraction(3, 2), Fraction(5, 3)):
    print(f"x{factor}:")
    for item, amount in recipe.items():
        scaled = amount * factor
        print(f"  {item:14} {mixed(scaled):>8}  ({float(scaled):.3f})")
total = sum(v for k, v in recipe.items() if "cups" in k)
print("cups in total:", total, repr(total), mixed(total))

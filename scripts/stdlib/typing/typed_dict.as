# TypedDict: class syntax and instances that are plain dicts, parsed from JSON.
import json
from typing import TypedDict, List


class Movie(TypedDict):
    title: str
    year: int


class Rated(Movie, total=False):
    rating: float


raw = '[{"title": "Alien", "year": 1979}, {"title": "Heat", "year": 1995, "rating": 8.3}]'
movies: List[Rated] = json.loads(raw)
m = Movie(title="Up", year=2009)
print(m, type(m).__name__, m == {"title": "Up", "year": 2009})
for mv in movies:
    print(mv["title"], mv["year"], mv.get("rating", "-"))
print(Rated.__annotations__)
print(sorted(Rated.__required_keys__), sorted(Rated.__optional_keys__), Rated.__total__, Movie.__total__)
try:
    isinstance(m, Movie)
except TypeError as e:
    print(type(e).__name__, e)
Point = TypedDict("Point", {"x": int, "y": int})
print(Point(x=1, y=2), Point.__annotations__)

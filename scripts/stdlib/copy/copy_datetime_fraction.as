# Copies of library values: dates, timedeltas, Fractions and collections of them.
import copy
from datetime import date, datetime, timedelta, timezone
from fractions import Fraction

schedule = {"start": datetime(2024, 1, 1, 9, tzinfo=timezone.utc), "step": timedelta(hours=2),
            "days": [date(2024, 1, 1), date(2024, 1, 2)], "share": Fraction(1, 3)}
clone = copy.deepcopy(schedule)
print(clone == schedule, clone["days"] is not schedule["days"], clone)
print(copy.copy(date(2024, 5, 1)), copy.copy(Fraction(2, 5)), copy.deepcopy(timedelta(days=1, seconds=5)))

# Invoice due dates: net-30 terms, month ends, overdue days and a sorted aging report.
from datetime import date, timedelta

invoices = {
    "INV-001": date(2023, 12, 15),
    "INV-002": date(2024, 1, 31),
    "INV-003": date(2024, 2, 10),
    "INV-004": date(2023, 11, 2),
}
today = date(2024, 3, 5)

def month_end(d):
    nxt = d.replace(day=28) + timedelta(days=4)
    return nxt - timedelta(days=nxt.day)

rows = []
for number, issued in invoices.items():
    due = issued + timedelta(days=30)
    overdue = (today - due).days
    rows.append((overdue, number, issued, due))

for overdue, number, issued, due in sorted(rows, reverse=True):
    status = f"{overdue} days overdue" if overdue > 0 else f"due in {-overdue} days"
    print(f"{number}: issued {issued.isoformat()} due {due} ({due:%A}) month end {month_end(issued)} -> {status}")

try:
    date(2024, 2, 30)
except ValueError as e:
    print(type(e).__name__, e)
try:
    date(2024, 13, 1)
except ValueError as e:
    print(type(e).__name__, e)

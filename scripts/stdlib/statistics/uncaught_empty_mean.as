# A report that averages a filtered list and gives up with its own error when it is empty.
import statistics

latencies = [120, 340, 95, 410]
slow = [x for x in latencies if x > 1000]
print("fast mean", statistics.mean(latencies))
try:
    print("slow mean", statistics.mean(slow))
except statistics.StatisticsError as e:
    raise SystemExit(f"cannot report: {e}")

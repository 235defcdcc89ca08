# An async worker pool that logs events as JSON lines, then replays the log.
import asyncio
import json


async def worker(name, jobs, log):
    for job in jobs:
        await asyncio.sleep(job["cost"])
        log.append(json.dumps({"worker": name, "job": job["id"], "status": "done", "cost": job["cost"]}))


async def main():
    log = []
    jobs = [{"id": i, "cost": (i % 3) * 0.1} for i in range(6)]
    await asyncio.gather(worker("a", jobs[:3], log), worker("b", jobs[3:], log))
    for line in log:
        print(line)
    events = [json.loads(line) for line in log]
    by_worker = {}
    for e in events:
        by_worker.setdefault(e["worker"], []).append(e["job"])
    print(json.dumps(by_worker, sort_keys=True))


asyncio.run(main())

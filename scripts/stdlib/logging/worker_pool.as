# An asyncio worker pool that logs per task: one logger per worker under a "pool" parent,
# a stdout handler on the parent, levels filtering debug chatter.
import asyncio
import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(levelname)-7s %(name)s: %(message)s"))
pool_log = logging.getLogger("pool")
pool_log.addHandler(handler)
pool_log.setLevel(logging.INFO)


async def worker(n, queue, results):
    log = logging.getLogger(f"pool.worker{n}")
    while True:
        job = await queue.get()
        try:
            log.debug("picked %r", job)
            if job < 0:
                raise ValueError(f"negative job {job}")
            await asyncio.sleep(job / 10)
            results.append(job * job)
            log.info("job %d done -> %d", job, job * job)
        except ValueError as e:
            log.error("job failed: %s", e)
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue()
    for job in [3, 1, -2, 4, 1]:
        queue.put_nowait(job)
    results = []
    workers = [asyncio.create_task(worker(i, queue, results)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    pool_log.warning("pool finished with %d results: %s", len(results), sorted(results))
    print(logging.getLogger("pool.worker0").getEffectiveLevel(), pool_log.level)


asyncio.run(main())

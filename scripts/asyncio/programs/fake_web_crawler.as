# A crawler over a fake site: worker tasks, a Queue of links, wait_for timeouts, 404 errors, a dataclass.
import asyncio
from dataclasses import dataclass, field

SITE = {
    "/": ["/a", "/b", "/c"],
    "/a": ["/a/1", "/a/2", "/"],
    "/b": ["/b/1", "/missing"],
    "/c": [],
    "/a/1": ["/a/2"],
    "/a/2": [],
    "/b/1": ["/c", "/slow"],
    "/slow": [],
}

class NotFound(Exception):
    def __init__(self, url):
        super().__init__(f"404: {url}")
        self.url = url

async def fake_get(url):
    await asyncio.sleep(0.05 if url == "/slow" else 0.001 * len(url))
    if url not in SITE:
        raise NotFound(url)
    return SITE[url]

@dataclass
class Crawler:
    max_workers: int = 3
    seen: set = field(default_factory=set)
    errors: list = field(default_factory=list)
    order: list = field(default_factory=list)

    async def worker(self, q: asyncio.Queue):
        while True:
            url = await q.get()
            try:
                links = await asyncio.wait_for(fake_get(url), timeout=0.03)
            except NotFound as e:
                self.errors.append(str(e))
            except asyncio.TimeoutError:
                self.errors.append(f"timeout: {url}")
            else:
                self.order.append(url)
                for link in links:
                    if link not in self.seen:
                        self.seen.add(link)
                        q.put_nowait(link)
            finally:
                q.task_done()

    async def crawl(self, start):
        q = asyncio.Queue()
        self.seen.add(start)
        q.put_nowait(start)
        workers = [asyncio.create_task(self.worker(q), name=f"w{i}") for i in range(self.max_workers)]
        await q.join()
        for w in workers:
            w.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        return sorted(self.order)

async def main():
    c = Crawler()
    pages = await c.crawl("/")
    print(pages)
    print(sorted(c.errors))
    print(len(c.seen))
    c.seen = sorted(c.seen)
    print(c)

asyncio.run(main())

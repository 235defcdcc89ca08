# A fake crawler: as_completed over batches, FIRST_COMPLETED, as_completed(timeout=).
import asyncio
PAGES = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/team", "/"],
    "/blog": ["/blog/1", "/blog/2", "/missing"],
    "/shop": ["/shop/cart"],
    "/team": [],
    "/blog/1": ["/blog/2"],
    "/blog/2": [],
    "/shop/cart": ["/"],
}


class NotFound(Exception):
    pass


async def fetch(url):
    await asyncio.sleep(0.001 * (sum(map(ord, url)) % 53 + 1))
    if url not in PAGES:
        raise NotFound(url)
    return url, PAGES[url]


async def crawl(start, max_pages=20):
    seen = {start}
    pending = [start]
    order = []
    while pending:
        batch, pending = pending, []
        for coro in asyncio.as_completed([fetch(u) for u in batch]):
            try:
                url, links = await coro
            except NotFound as e:
                print("404", e)
                continue
            order.append(url)
            print("crawled", url, "->", len(links), "links")
            for link in links:
                if link not in seen and len(seen) < max_pages:
                    seen.add(link)
                    pending.append(link)
    return order


async def first_done():
    tasks = [asyncio.create_task(fetch(u)) for u in ["/", "/team", "/blog"]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first done count:", len(done), "pending:", len(pending))
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print("all cancelled:", all(t.cancelled() for t in pending))


async def with_timeout():
    try:
        for coro in asyncio.as_completed([asyncio.sleep(1, "late"), asyncio.sleep(0.01, "early")], timeout=0.5):
            print("as_completed got", await coro)
    except asyncio.TimeoutError:
        print("as_completed timed out")


async def main():
    order = await crawl("/")
    print("order:", order)
    await first_done()
    await with_timeout()


asyncio.run(main())
